package org.hjp.workbench.ui.addons;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.product.ProductIdentity;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.PrivateLog;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.ui.layout.WindowLayout;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.LiveValidation;
import org.hjp.workbench.ui.session.ReadAhead;
import org.hjp.workbench.ui.session.RecentFiles;
import org.hjp.workbench.ui.session.WorkbenchFolder;
import org.hjp.workbench.ui.session.SessionTopics;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Before the window is drawn, lays the kept window layout over it. When the workbench has started: opens the
 * partnership given on the command line, else the last one, else the bundled sample (read by a background job while
 * the window is being built), and the stage editors that were open; keeps the window title naming the partnership with
 * a dirty marker; asks to save before the window closes; and, when the workbench stops, keeps the layout and removes
 * the note beside the open file that says this workbench has it.
 */
public class WorkbenchStartup {

	static final String TITLE = ProductIdentity.current().nameAndRelease();

	@Inject
	private MApplication application;

	@Inject
	private IEventBroker broker;

	@Inject
	private CurrentPartnership current;

	@Inject
	private DocumentActions actions;

	@Inject
	private WindowLayout layout;

	/** Injected so that it exists before the first partnership opens, whose problems it shows; it checks the file read ahead. */
	@Inject
	private LiveValidation validation;

	/** The partnership to open, read while the window is being built; null if there is none to read. */
	private ReadAhead initial;
	private IOException noInitialFile;

	@PostConstruct
	void subscribe() {
		PrivateLog.restrict();
		layout.restore();
		try {
			initial = ReadAhead.start(initialFile(), new PartnershipStore(), validation::check);
		} catch (IOException e) {
			noInitialFile = e;
		}
		broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> started());
		broker.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> stopping());
	}

	private void started() {
		MWindow window = application.getChildren().get(0);
		Shell shell = (Shell) window.getWidget();
		WindowIcons.applyTo(shell);
		window.getContext().set(IWindowCloseHandler.class, w -> actions.confirmClose(shell));
		showTitle();
		if (initial != null) {
			validation.useProblemsFoundAhead(initial);
			if (actions.open(shell, initial)) {
				layout.reopenStages();
			}
		} else {
			ILog.of(getClass()).error("Could not prepare the sample partnership", noInitialFile);
			MessageDialog.openError(shell, "Could not open the sample", "The sample partnership could not be copied: " + noInitialFile.getMessage());
		}
	}

	private void stopping() {
		layout.remember();
		current.document().ifPresent(PartnershipDocument::unlock);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void documentChanged(@UIEventTopic(SessionTopics.DOCUMENT_ALL) Event event) {
		showTitle();
	}

	private void showTitle() {
		if (!application.getChildren().isEmpty()) {
			application.getChildren().get(0).setLabel(title(current.document()));
		}
	}

	private static String title(Optional<PartnershipDocument> document) {
		return document.map(d -> (d.isDirty() ? "*" : "") + d.displayName() + (d.isReadOnly() ? " (read-only)" : "") + " \u2014 " + TITLE).orElse(TITLE);
	}

	/** The file named on the command line, else the last one opened, else a fresh copy of the sample. */
	private static Path initialFile() throws IOException {
		Optional<Path> fromCommandLine = Arrays.stream(Platform.getApplicationArgs())
				.filter(a -> a.endsWith("." + PartnershipFormat.FILE_EXTENSION)).map(Path::of).findFirst();
		if (fromCommandLine.isPresent()) {
			return fromCommandLine.get();
		}
		Optional<Path> lastOpened = RecentFiles.list().stream().findFirst();
		return lastOpened.isPresent() ? lastOpened.get() : SamplePartnership.copyInto(WorkbenchFolder.path());
	}
}
