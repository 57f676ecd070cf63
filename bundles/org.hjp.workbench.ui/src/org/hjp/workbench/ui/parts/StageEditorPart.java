package org.hjp.workbench.ui.parts;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.model.PartnershipExtension;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.ui.edit.PropertiesPanel;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.StageEditors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The generic editor of a stage: its part of the partnership as a tree, and the selected item's details.
 * It serves every stage that has no editor of its own, including organisations' plug-in data.
 */
public class StageEditorPart implements StageEditors.Revealing {

	public static final String TREE_KEY = "hjp.stage.tree";

	@Inject
	private MPart part;

	@Inject
	private CurrentPartnership current;

	@Inject
	private StageEditors editors;

	@Inject
	private EPartService parts;

	private final Consumer<Optional<PartnershipDocument>> documentListener = d -> showDocument();
	private Composite body;
	private StageDescriptor stage;
	private PartnershipDocument shownDocument;
	private EObject shownRoot;
	private StageTree tree;

	@PostConstruct
	public void create(Composite parent) {
		stage = editors.stage(part.getPersistedState().get(StageEditors.STAGE_KEY)).orElse(null);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		Label title = new Label(parent, SWT.NONE);
		title.setFont(JFaceResources.getBannerFont());
		title.setText(stage == null ? "This stage is not installed" : stage.label());
		Label description = new Label(parent, SWT.WRAP);
		description.setText(stage == null ? "The plug-in that provided this stage has been removed." : stage.description());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);
		body = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.fillDefaults().applyTo(body);
		current.addListener(documentListener);
		showDocument();
	}

	private void showDocument() {
		PartnershipDocument document = current.document().orElse(null);
		if (document == null && !body.isDisposed()) {
			// A stage editor shows the open partnership; with none open it closes, like an editor of a closed file.
			body.getDisplay().asyncExec(() -> parts.hidePart(part, true));
			return;
		}
		if (body.isDisposed() || (document == shownDocument && stage != null && root(document) == shownRoot)) {
			return;
		}
		// Keyboard shortcuts need a focused control: if it is about to be disposed, give the focus back afterwards.
		boolean hadFocus = FocusCheck.isInside(body);
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		tree = null;
		shownDocument = document;
		shownRoot = stage == null ? null : root(document);
		if (stage != null && shownRoot == null) {
			offerToStart(document);
		} else if (stage != null) {
			createEditor(document);
		}
		body.layout(true, true);
		FocusCheck.restore(hadFocus, body, parts, part, this::setFocus);
	}

	private EObject root(PartnershipDocument document) {
		return stage.dataClass() == null ? document.partnership() : StageData.find(document.partnership(), stage.dataClass()).orElse(null);
	}

	private void offerToStart(PartnershipDocument document) {
		Label hint = new Label(body, SWT.WRAP);
		hint.setText("This partnership has not started this stage yet.");
		Button start = new Button(body, SWT.PUSH);
		start.setText("&Start this stage");
		start.addListener(SWT.Selection, e -> {
			PartnershipExtension data = (PartnershipExtension) stage.dataClass().getEPackage().getEFactoryInstance().create(stage.dataClass());
			Command add = AddCommand.create(document.editingDomain(), document.partnership(), PartnershipPackage.Literals.PARTNERSHIP__EXTENSIONS, data);
			document.commandStack().execute(add);
		});
	}

	private void createEditor(PartnershipDocument document) {
		AdapterFactoryEditingDomain domain = document.editingDomain();
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		// The profile shows the partnership without the stages' data and progress; the outline shows everything.
		boolean profile = stage.dataClass() == null && stage != StageEditors.OUTLINE;
		Predicate<Object> shown = child -> !profile || !(child instanceof PartnershipExtension || child instanceof StageProgress);
		StageTree stageTree = new StageTree(sash, domain, root(document), shown, stage.id());
		PropertiesPanel properties = new PropertiesPanel(sash, domain.getAdapterFactory(), domain);
		sash.setWeights(35, 65);
		stageTree.viewer().addSelectionChangedListener(e -> properties.show(stageTree.selected()));
		properties.show(stageTree.selected());
		tree = stageTree;
	}

	@Override
	public void reveal(EObject object) {
		if (tree != null && !tree.viewer().getControl().isDisposed()) {
			tree.reveal(object);
			tree.viewer().getControl().setFocus();
		}
	}

	@Focus
	public void setFocus() {
		if (tree != null && !tree.viewer().getControl().isDisposed()) {
			tree.viewer().getControl().setFocus();
		} else {
			body.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		current.removeListener(documentListener);
	}
}
