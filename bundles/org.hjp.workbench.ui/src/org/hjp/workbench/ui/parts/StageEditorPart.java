package org.hjp.workbench.ui.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.model.PartnershipExtension;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.ui.forms.MessageLine;
import org.hjp.workbench.ui.forms.StagePage;
import org.hjp.workbench.ui.forms.StagePageRegistry;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.LiveValidation;
import org.hjp.workbench.ui.session.Problems;
import org.hjp.workbench.ui.session.SessionTopics;
import org.hjp.workbench.ui.session.StageEditors;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of a stage: the form the stage's bundle declares, or, for stages without one (including
 * organisations' plug-in data), a tree of the stage's items with the selected item's details.
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

	@Inject
	private LiveValidation validation;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	@Inject
	@Service
	private StagePageRegistry pages;

	@Inject
	@Service
	private StageRegistry stages;

	private Composite body;
	private StageDescriptor stage;
	private PartnershipDocument shownDocument;
	private EObject shownRoot;
	private StageContent content;
	/** Behind another tab when another partnership opened: built for it when the editor comes into sight. */
	private boolean stale;
	/** Behind another tab when the checks last ran: their problems are marked when the editor comes into sight. */
	private boolean problemsPending;
	private WhenShown showing;

	@PostConstruct
	public void create(Composite parent) {
		stage = editors.stage(part.getPersistedState().get(StageEditors.STAGE_KEY)).orElse(null);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		Composite heading = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(heading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Label title = new Label(heading, SWT.NONE);
		title.setFont(JFaceResources.getBannerFont());
		title.setText(stage == null ? "This stage is not installed" : stage.label());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		if (stage != null) {
			GuideLink.create(heading, commands, handlers, stage.id());
		}
		// One line, the whole of it on hover: on a laptop screen the stage's own form needs the height.
		MessageLine description = new MessageLine(parent);
		description.show(stage == null ? "The plug-in that provided this stage has been removed." : stage.description(), null);
		body = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.fillDefaults().applyTo(body);
		showing = WhenShown.now(part, this::catchUp);
		parts.addPartListener(showing);
		showDocument(false);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onDocument(@UIEventTopic(SessionTopics.DOCUMENT_ALL) Event event) {
		if (body != null) {
			documentChanged();
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onProblems(@UIEventTopic(SessionTopics.PROBLEMS) Problems problems) {
		if (body != null) {
			showProblems(problems.all());
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onPagesChanged(@UIEventTopic(StagePageRegistry.TOPIC_CHANGED) Event event) {
		asyncRebuild();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onStagesChanged(@UIEventTopic(StageRegistry.TOPIC_CHANGED) Event event) {
		asyncCloseIfUninstalled();
	}

	/**
	 * An editor in sight shows the partnership that opened at once; one behind another tab lets the old one go in
	 * a task of its own, and builds for the new one when it comes into sight: opening a partnership builds only the
	 * editor the user looks at.
	 */
	private void documentChanged() {
		Optional<PartnershipDocument> document = current.document();
		if (body.isDisposed() || document.isEmpty() || parts.isPartVisible(part) || isShowing(document.get())) {
			showDocument(false);
			return;
		}
		stale = true;
		body.getDisplay().asyncExec(() -> {
			if (stale && !body.isDisposed()) {
				clear();
			}
		});
	}

	private void catchUp() {
		if (stale) {
			showDocument(false);
		} else if (problemsPending) {
			showProblems(validation.problems());
		}
	}

	private boolean isShowing(PartnershipDocument document) {
		return document == shownDocument && stage != null && root(document) == shownRoot;
	}

	private void clear() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		content = null;
		shownDocument = null;
		shownRoot = null;
	}

	/** A stage whose plug-in is uninstalled has nothing to edit with: its editor closes, as an editor of a deleted file does. */
	private void asyncCloseIfUninstalled() {
		if (stage == null || body == null || body.isDisposed()) {
			return;
		}
		body.getDisplay().asyncExec(() -> {
			if (!body.isDisposed() && editors.stage(stage.id()).isEmpty()) {
				parts.hidePart(part, true);
			}
		});
	}

	private void asyncRebuild() {
		if (body != null && !body.isDisposed()) {
			body.getDisplay().asyncExec(() -> showDocument(true));
		}
	}

	private void showDocument(boolean rebuild) {
		PartnershipDocument document = current.document().orElse(null);
		if (document == null && !body.isDisposed()) {
			// A stage editor shows the open partnership; with none open it closes, like an editor of a closed file.
			body.getDisplay().asyncExec(() -> parts.hidePart(part, true));
			return;
		}
		if (body.isDisposed() || (!rebuild && isShowing(document))) {
			return;
		}
		stale = false;
		problemsPending = false;
		// Keyboard shortcuts need a focused control: if it is about to be disposed, give the focus back afterwards.
		boolean hadFocus = FocusCheck.isInside(body);
		clear();
		shownDocument = document;
		shownRoot = stage == null ? null : root(document);
		if (stage != null && shownRoot == null) {
			offerToStart(document);
		} else if (stage != null) {
			content = createContent(document);
			content.showProblems(validation.problems());
		}
		body.layout(true, true);
		FocusCheck.restore(hadFocus, body, parts, part, this::setFocus);
	}

	private StageContent createContent(PartnershipDocument document) {
		Optional<StagePage> page = pages.find(stage.id());
		if (page.isPresent()) {
			try {
				return new FormContent(body, document, shownRoot, page.get());
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("The page of the stage " + stage.id() + " failed; showing its data as a tree", e);
				for (Control child : body.getChildren()) {
					child.dispose();
				}
				Label failed = new Label(body, SWT.WRAP);
				failed.setText("The form of this stage could not be shown (" + e.getMessage() + "). Its data is shown below as a list instead.");
				GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(failed);
			}
		}
		// The profile shows the partnership without the stages' data and progress; the outline shows everything.
		boolean profile = stage.dataClass() == null && stage != StageEditors.OUTLINE;
		Predicate<Object> shown = child -> !profile || !(child instanceof PartnershipExtension || child instanceof StageProgress);
		return new TreeContent(body, document, shownRoot, shown, stage.id());
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

	private void showProblems(List<Problem> problems) {
		if (content == null || stale || body.isDisposed()) {
			return;
		}
		problemsPending = !parts.isPartVisible(part);
		if (!problemsPending) {
			content.showProblems(problems);
		}
	}

	@Override
	public void reveal(EObject object, EStructuralFeature feature) {
		catchUp();
		if (content != null && !body.isDisposed()) {
			content.reveal(object, feature);
		}
	}

	@Focus
	public void setFocus() {
		catchUp();
		if (content != null && !body.isDisposed()) {
			content.setFocus();
		} else if (!body.isDisposed()) {
			body.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		parts.removePartListener(showing);
	}
}
