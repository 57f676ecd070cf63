package org.hjp.workbench.ui.forms.internal;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;

/**
 * Every editable property of one object as a form, for data no stage page describes (the whole-partnership
 * outline, plug-ins without a page of their own).
 */
public final class PropertiesPanel {

	private final FormContext context;
	private final ScrolledComposite scroller;
	private EObject shown;

	public PropertiesPanel(Composite parent, EditingDomain domain, AdapterFactory adapterFactory) {
		this.context = new FormContext(parent.getDisplay(), domain, adapterFactory);
		this.scroller = Reflow.scroller(parent);
		show(null);
	}

	public Control getControl() {
		return scroller;
	}

	public EObject shown() {
		return shown;
	}

	public void showProblems(List<Problem> problems) {
		context.markers.show(problems);
	}

	/** Shows the properties of {@code object}, or a hint when nothing is selected. */
	public void show(EObject object) {
		shown = object;
		if (scroller.getContent() != null) {
			scroller.getContent().dispose();
		}
		Composite content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(content);
		if (object == null) {
			FormStyle.paragraph(content, "Select an item on the left to see and change its details.", 1);
		} else {
			FormStyle.heading(content, ItemProviderLabelProvider.textOf(context.adapterFactory, object), 1, true);
			FieldsForm.of(content, context, object, new AllProperties(context.adapterFactory));
		}
		scroller.setContent(content);
		Reflow.fit(scroller);
	}
}
