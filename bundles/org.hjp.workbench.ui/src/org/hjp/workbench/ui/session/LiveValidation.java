package org.hjp.workbench.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.widgets.Display;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.ValidationService;

import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Validates the open partnership shortly after each change, puts the {@link Problems} in the application context
 * and sends them on {@link SessionTopics#PROBLEMS}. Data of plug-ins that are not installed is reported too, since
 * it cannot be shown.
 */
public class LiveValidation {

	static final int DELAY_MS = 250;

	@Inject
	private CurrentPartnership current;

	@Inject
	@Service
	private ValidationService validation;

	@Inject
	private IEclipseContext context;

	@Inject
	private IEventBroker broker;

	private boolean scheduled;
	private PartnershipDocument validated;
	private ReadAhead checkedAhead;
	private boolean aheadShown;

	@PostConstruct
	void start() {
		validateNow();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void documentChanged(@UIEventTopic(SessionTopics.DOCUMENT_ALL) Event event) {
		schedule(current.document());
	}

	/** Checks {@code root} now, on the calling thread: for a file read ahead of being shown. */
	public List<Problem> check(EObject root) {
		return validation.validate(root);
	}

	/** Uses the problems {@code ahead} found when the partnership it read is opened, instead of checking it again. */
	public void useProblemsFoundAhead(ReadAhead ahead) {
		checkedAhead = ahead;
		aheadShown = false;
	}

	/** The problems of the open partnership; none while it has not been checked yet. */
	public List<Problem> problems() {
		Problems found = context.get(Problems.class);
		return found != null && found.document() == current.document().orElse(null) ? found.all() : List.of();
	}

	private void schedule(Optional<PartnershipDocument> document) {
		if (document.orElse(null) != validated) {
			// Another partnership: never show the previous one's problems, not even for a moment.
			validateNow();
			return;
		}
		Display display = Display.getCurrent();
		if (display == null || scheduled) {
			return;
		}
		scheduled = true;
		display.timerExec(DELAY_MS, () -> {
			scheduled = false;
			validateNow();
		});
	}

	/** Validates at once; used when a partnership is opened and by tests. */
	public void validateNow() {
		validated = current.document().orElse(null);
		List<Problem> found = new ArrayList<>();
		current.document().ifPresent(document -> {
			for (String namespace : document.unknownNamespaces()) {
				found.add(new Problem(Problem.Severity.INFO, "This file holds data from a plug-in that is not installed ("
						+ namespace + "). It is kept and saved unchanged, but cannot be shown.", document.partnership(), null));
			}
			try {
				found.addAll(foundAhead(document).orElseGet(() -> validation.validate(document.partnership())));
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("Validation failed", e);
				found.add(new Problem(Problem.Severity.WARNING, "Checking the partnership failed (" + e + "); some problems may not be shown.",
						document.partnership(), null));
			}
		});
		Problems problems = new Problems(validated, found);
		context.set(Problems.class, problems);
		broker.send(SessionTopics.PROBLEMS, problems);
	}

	/** The problems found when the document's file was read ahead, while nothing has been done to it since. */
	private Optional<List<Problem>> foundAhead(PartnershipDocument document) {
		if (checkedAhead == null) {
			return Optional.empty();
		}
		if (!checkedAhead.hasRead(document.resource())) {
			// Before the file read ahead opens (the one open before it), or after it is closed, when it is let go.
			if (aheadShown) {
				checkedAhead = null;
			}
			return Optional.empty();
		}
		aheadShown = true;
		CommandStack commands = document.commandStack();
		if (commands.getUndoCommand() != null || commands.getRedoCommand() != null) {
			checkedAhead = null;
			return Optional.empty();
		}
		return checkedAhead.problems();
	}
}
