package org.hjp.workbench.sharing.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SaveNotifications;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.SessionTopics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What the workbench says about the open partnership's place in the repository, in the status bar: which version it
 * is, whether the last save reached the repository, and, announced by the server within seconds, who saved a newer
 * version. Sent on {@link #TOPIC} whenever it changes.
 */
public class RepositoryStatus {

	public static final String TOPIC = "org/hjp/workbench/sharing/STATUS";

	/** What the status bar shows: a sentence, and the save by someone else it is about, if any. */
	public record Shown(String text, SaveNotifications.Saved othersSave) {
		static final Shown NOTHING = new Shown("", null);
	}

	@Inject
	private IEventBroker broker;

	@Inject
	private UISynchronize ui;

	@Inject
	private RepositoryAccount account;

	@Inject
	private CurrentPartnership current;

	private Shown shown = Shown.NOTHING;
	private Path file;
	private SaveNotifications announcements;
	private String watching;

	public Shown shown() {
		return shown;
	}

	@PostConstruct
	void start() {
		current.document().ifPresent(this::follow);
	}

	@Inject
	@Optional
	void documentOpened(@UIEventTopic(SessionTopics.DOCUMENT_OPENED) Object document) {
		if (document instanceof PartnershipDocument opened) {
			follow(opened);
		} else {
			showFor(null);
		}
	}

	private void follow(PartnershipDocument opened) {
		if (opened.file().isPresent()) {
			showFor(opened.file().get());
			if (WorkingCopyFolder.copyOf(file).filter(WorkingCopy::unsent).isPresent()) {
				// Saved on this computer, never sent: the partnership stays unsaved until a save reaches the repository.
				opened.keepUnsaved();
				notSent("changes saved on this computer earlier have not reached the repository yet. Save to send them.");
			}
		} else {
			showFor(null);
		}
	}

	/** The open partnership is {@code file}: says which version of the repository it is a copy of, and listens for newer ones. */
	void showFor(Path shownFile) {
		file = shownFile;
		java.util.Optional<WorkingCopy> copy = WorkingCopyFolder.copyOf(shownFile);
		if (copy.isEmpty()) {
			stopListening();
			say(Shown.NOTHING);
			return;
		}
		say(new Shown("In the repository: version " + copy.get().version() + ".", null));
		listenFor(copy.get().partnership());
	}

	void connected(RepositorySettings settings) {
		say(new Shown("Connected to the repository " + settings.address() + " as " + settings.user() + ".", null));
		if (file != null) {
			WorkingCopyFolder.copyOf(file).ifPresent(copy -> listenFor(copy.partnership()));
		}
	}

	void saved(int version, boolean merged) {
		say(new Shown("Saved to the repository as version " + version + (merged ? ", with the changes others saved merged in." : "."), null));
		// After the server was away, announcements start again with the first save that reaches it.
		WorkingCopyFolder.copyOf(file).ifPresent(copy -> listenFor(copy.partnership()));
	}

	/** Says {@code sentence} in the status bar, in place of what it said; a save by someone else keeps its Reload and Merge Now. */
	public void tell(String sentence) {
		say(new Shown(sentence, shown.othersSave()));
	}

	void notSent(String why) {
		say(new Shown("Not yet in the repository: " + why, null));
	}

	private void othersSaved(SaveNotifications.Saved saved) {
		java.util.Optional<WorkingCopy> copy = WorkingCopyFolder.copyOf(file);
		// Our own saves are announced too, and are in the copy's record by then.
		if (copy.isPresent() && copy.get().partnership().equals(saved.partnership()) && saved.version() > copy.get().version()) {
			say(new Shown(saved.by() + " saved version " + saved.version() + " of this partnership.", saved));
		}
	}

	private void say(Shown next) {
		shown = next;
		broker.post(TOPIC, next);
	}

	private void listenFor(String partnership) {
		if (partnership.equals(watching) && announcements != null) {
			return;
		}
		stopListening();
		watching = partnership;
		Job listening = Job.create("Listening for saves to the repository", (IProgressMonitor monitor) -> {
			try {
				SaveNotifications started = account.listen(saved -> ui.asyncExec(() -> othersSaved(saved)),
						lost -> ui.asyncExec(() -> lost(partnership, lost)));
				ui.syncExec(() -> adopt(partnership, started));
			} catch (RepositoryException e) {
				ILog.of(RepositoryStatus.class).info("Saves by others are not announced: " + e.getMessage());
			}
			return Status.OK_STATUS;
		});
		// Quick and frequent: not worth a line in the status bar's progress.
		listening.setSystem(true);
		listening.schedule();
	}

	private void adopt(String partnership, SaveNotifications started) {
		if (partnership.equals(watching) && announcements == null) {
			announcements = started;
		} else {
			started.close();
		}
	}

	private void lost(String partnership, RepositoryException why) {
		if (partnership.equals(watching)) {
			announcements = null;
			watching = null;
			ILog.of(getClass()).info("Saves by others are no longer announced: " + why.getMessage());
		}
	}

	@PreDestroy
	void stopListening() {
		watching = null;
		if (announcements != null) {
			announcements.close();
			announcements = null;
		}
	}
}
