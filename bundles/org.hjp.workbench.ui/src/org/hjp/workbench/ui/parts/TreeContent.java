package org.hjp.workbench.ui.parts;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.ui.forms.internal.PropertiesPanel;

/** A stage shown as a tree of its items and the selected item's properties: for data no stage page describes. */
final class TreeContent implements StageContent {

	private final StageTree tree;
	private final PropertiesPanel properties;

	TreeContent(Composite parent, PartnershipDocument document, EObject root, Predicate<Object> shown, String treeKey) {
		AdapterFactoryEditingDomain domain = document.editingDomain();
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		tree = new StageTree(sash, domain, root, shown, treeKey);
		properties = new PropertiesPanel(sash, domain, domain.getAdapterFactory());
		sash.setWeights(35, 65);
		tree.viewer().addSelectionChangedListener(e -> properties.show(tree.selected()));
		properties.show(tree.selected());
	}

	@Override
	public void reveal(EObject object, EStructuralFeature feature) {
		if (!tree.viewer().getControl().isDisposed()) {
			tree.reveal(object);
			tree.viewer().getControl().setFocus();
		}
	}

	@Override
	public void showProblems(List<Problem> problems) {
		properties.showProblems(problems);
	}

	@Override
	public void setFocus() {
		if (!tree.viewer().getControl().isDisposed()) {
			tree.viewer().getControl().setFocus();
		}
	}
}
