package org.hjp.workbench.sharing.rounds.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.ui.RepositoryAccount;
import org.hjp.workbench.sharing.ui.RepositoryStatus;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DialogEdits;
import org.hjp.workbench.ui.session.WaitingContext;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Brings the answers given in the repository into the open partnership's rounds as they arrive: every so often it
 * reads the answers of each round that this login opened there, and when they changed, brings them in as one undoable
 * step and says so in the status bar. Only the round's opener brings them in, so that two partners' copies do not each
 * add the same respondents. Answers are not announced by the server (an announcement would tell who answered), so they
 * are read again; only when the workbench can connect without asking for a password, and not while a dialog or other
 * work is in front.
 */
public class ArrivingAnswers {

	/** How often answers are read, in milliseconds; tests make it shorter. */
	static final long PERIOD = Long.getLong("hjp.rounds.answersPeriod", 15_000);

	/** A round of the open partnership, and the answers read for it. */
	private record Read(AssessmentRound round, List<Rounds.Answer> answers) {
	}

	@Inject
	private UISynchronize ui;

	/** Where the repository's and the session's services are found when needed: the add-ons that put them there may start after this one. */
	private IEclipseContext context;

	/**
	 * For each open partnership, the answers last brought in (or found unusable) by round, so that an undo is not
	 * undone by the next reading; a partnership opened again starts afresh.
	 */
	private final Map<PartnershipDocument, Map<String, List<Rounds.Answer>>> handled = new WeakHashMap<>();
	private volatile boolean stopped;
	/** A reading asked for while one runs: the next starts at once. */
	private volatile boolean again;
	private final AtomicLong readings = new AtomicLong();
	private String lastFailure;
	private final Job job = new Job("Reading answers from the repository") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			again = false;
			try {
				read();
			} catch (SWTException e) {
				// The window closed while reading.
			} finally {
				readings.incrementAndGet();
				schedule(again ? 0 : PERIOD);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean shouldSchedule() {
			return !stopped;
		}

		@Override
		public boolean shouldRun() {
			return !stopped;
		}
	};

	@PostConstruct
	void start(IEclipseContext application) {
		context = application;
		context.set(ArrivingAnswers.class, this);
		job.setSystem(true);
		job.schedule(PERIOD);
	}

	@PreDestroy
	void stop() {
		stopped = true;
		job.cancel();
	}

	/** Reads the answers now, as after a round was opened or closed. */
	public void readNow() {
		again = true;
		if (job.getState() == Job.SLEEPING) {
			job.wakeUp();
		} else {
			job.schedule();
		}
	}

	/** How many readings have ended, whether or not they found anything; the log and tests follow it. */
	public long readings() {
		return readings.get();
	}

	private void read() {
		Map<String, AssessmentRound> rounds = new LinkedHashMap<>();
		PartnershipDocument[] document = new PartnershipDocument[1];
		String[] partnership = new String[1];
		RepositoryAccount[] found = new RepositoryAccount[1];
		ui.syncExec(() -> {
			RepositoryAccount account = context.get(RepositoryAccount.class);
			CurrentPartnership current = context.get(CurrentPartnership.class);
			Optional<PartnershipDocument> open = current == null ? Optional.empty() : current.document();
			partnership[0] = open.flatMap(RepositoryRounds::partnershipOf).orElse(null);
			if (partnership[0] != null && account != null && account.unlocked()) {
				found[0] = account;
				document[0] = open.get();
				AnswerImport.rounds(open.get().partnership()).forEach(round -> rounds.put(RepositoryRounds.idOf(round), round));
			}
		});
		if (rounds.isEmpty() || stopped) {
			return;
		}
		List<Read> read = new ArrayList<>();
		try (SharedRepository repository = found[0].open()) {
			Rounds server = new Rounds(repository);
			String me = repository.settings().user();
			for (Rounds.Opened opened : server.opened(partnership[0])) {
				AssessmentRound round = rounds.get(opened.round());
				if (round != null && me.equals(opened.openedBy())) {
					read.add(new Read(round, server.answers(partnership[0], opened.round())));
				}
			}
			lastFailure = null;
		} catch (RepositoryException e) {
			// Said once: the server may be away for a long while.
			if (!e.getMessage().equals(lastFailure)) {
				ILog.of(getClass()).info("Answers were not read from the repository: " + e.getMessage());
				lastFailure = e.getMessage();
			}
			return;
		}
		if (!stopped) {
			ui.asyncExec(() -> read.forEach(r -> bringIn(document[0], r)));
		}
	}

	private void bringIn(PartnershipDocument document, Read read) {
		CurrentPartnership current = context.get(CurrentPartnership.class);
		if (stopped || busy() || current.document().orElse(null) != document || document.isReadOnly() || read.round().eResource() != document.resource()) {
			return;
		}
		Map<String, List<Rounds.Answer>> handledHere = handled.computeIfAbsent(document, d -> new HashMap<>());
		String round = RepositoryRounds.idOf(read.round());
		if (read.answers().isEmpty() || read.answers().equals(handledHere.get(round))) {
			return;
		}
		Map<String, Map<String, String>> arrived = changedSince(handledHere.put(round, read.answers()), read.answers());
		ImportPlan plan = AnswerImport.plan(read.round(), "the repository", arrived);
		String title = "\u201c" + read.round().getTitle() + "\u201d";
		if (plan.refused()) {
			ILog.of(getClass()).warn("Answers to " + title + " were not brought in: " + String.join(" ", plan.refusals()));
			context.get(RepositoryStatus.class).tell("The answers to " + title + " in the repository were not brought in: " + plan.refusals().get(0));
			return;
		}
		if (!plan.changesAnything()) {
			return;
		}
		long respondents = plan.files().get(0).respondents().stream().filter(r -> r.kind() != RespondentChange.Kind.UNCHANGED).count();
		document.commandStack().execute(plan.command(document.editingDomain()));
		context.get(RepositoryStatus.class).tell("New answers from the repository brought into " + title + ", from " + (respondents == 1 ? "1 respondent" : respondents + " respondents")
				+ ". Edit > Undo takes them out.");
	}

	/**
	 * The answers of the respondents whose answers differ from those brought in before: so that what the coordinator
	 * undid or corrected for the others stays as they left it.
	 */
	private static Map<String, Map<String, String>> changedSince(List<Rounds.Answer> before, List<Rounds.Answer> now) {
		Map<String, Map<String, String>> earlier = before == null ? Map.of() : RepositoryRounds.byRespondent(before);
		Map<String, Map<String, String>> changed = new LinkedHashMap<>(RepositoryRounds.byRespondent(now));
		changed.entrySet().removeIf(respondent -> respondent.getValue().equals(earlier.get(respondent.getKey())));
		return changed;
	}

	/** Whether other work reads the partnership now, or a dialog is in front: the answers wait for the next reading. */
	private static boolean busy() {
		Display display = Display.getCurrent();
		return WaitingContext.isRunning(display) || DialogEdits.modalInFront(display) != null;
	}
}
