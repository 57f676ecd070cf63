package org.hjp.workbench.sharing.rounds.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
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

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Brings the answers given in the repository into the open partnership's rounds as they arrive: every so often it
 * reads the answers of each round opened there, and when they changed, brings them in as one undoable step and says
 * so in the status bar. Answers are not announced by the server (an announcement would tell who answered), so they are
 * read again; only when the workbench can connect without asking for a password.
 */
public class ArrivingAnswers {

	/** How often answers are read, in milliseconds; tests make it shorter. */
	static final long PERIOD = Long.getLong("hjp.rounds.answersPeriod", 15_000);

	/** A round of the open partnership, and the answers read for it. */
	private record Read(AssessmentRound round, List<Rounds.Answer> answers) {
	}

	@Inject
	private CurrentPartnership current;

	@Inject
	private RepositoryAccount account;

	@Inject
	private RepositoryStatus status;

	@Inject
	private UISynchronize ui;

	/** The answers last brought in (or found unusable), by partnership and round, so that an undo is not undone by the next reading. */
	private final Map<String, List<Rounds.Answer>> handled = new HashMap<>();
	private final Job job = Job.createSystem("Reading answers from the repository", this::readAndReschedule);
	private volatile boolean stopped;

	@PostConstruct
	void start(IEclipseContext context) {
		context.set(ArrivingAnswers.class, this);
		job.schedule(PERIOD);
	}

	@PreDestroy
	void stop() {
		stopped = true;
		job.cancel();
	}

	/** Reads the answers now, as after a round was opened. */
	public void readNow() {
		job.schedule();
	}

	private void readAndReschedule(IProgressMonitor monitor) {
		try {
			read();
		} finally {
			if (!stopped) {
				job.schedule(PERIOD);
			}
		}
	}

	private void read() {
		Map<String, AssessmentRound> rounds = new LinkedHashMap<>();
		PartnershipDocument[] document = new PartnershipDocument[1];
		String[] partnership = new String[1];
		ui.syncExec(() -> {
			Optional<PartnershipDocument> open = current.document();
			partnership[0] = open.flatMap(RepositoryRounds::partnershipOf).orElse(null);
			if (partnership[0] != null && account.unlocked()) {
				document[0] = open.get();
				AnswerImport.rounds(open.get().partnership()).forEach(round -> rounds.put(RepositoryRounds.idOf(round), round));
			}
		});
		if (rounds.isEmpty()) {
			return;
		}
		List<Read> read = new ArrayList<>();
		try (SharedRepository repository = account.open()) {
			Rounds server = new Rounds(repository);
			for (Rounds.Opened opened : server.opened(partnership[0])) {
				AssessmentRound round = rounds.get(opened.round());
				if (round != null) {
					read.add(new Read(round, server.answers(partnership[0], opened.round())));
				}
			}
		} catch (RepositoryException e) {
			ILog.of(getClass()).info("Answers were not read from the repository: " + e.getMessage());
			return;
		}
		ui.asyncExec(() -> read.forEach(r -> bringIn(document[0], partnership[0], r)));
	}

	private void bringIn(PartnershipDocument document, String partnership, Read read) {
		if (current.document().orElse(null) != document || document.isReadOnly() || read.round().eResource() != document.resource()) {
			return;
		}
		String key = partnership + "/" + RepositoryRounds.idOf(read.round());
		if (read.answers().isEmpty() || read.answers().equals(handled.get(key))) {
			return;
		}
		handled.put(key, read.answers());
		ImportPlan plan = AnswerImport.plan(read.round(), "the repository", RepositoryRounds.byRespondent(read.answers()));
		String title = "\u201c" + read.round().getTitle() + "\u201d";
		if (plan.refused()) {
			ILog.of(getClass()).warn("Answers to " + title + " were not brought in: " + String.join(" ", plan.refusals()));
			status.tell("Answers to " + title + " in the repository were not brought in: " + plan.refusals().get(0));
			return;
		}
		if (!plan.changesAnything()) {
			return;
		}
		long respondents = plan.files().get(0).respondents().stream().filter(r -> r.kind() != RespondentChange.Kind.UNCHANGED).count();
		document.commandStack().execute(plan.command(document.editingDomain()));
		status.tell("New answers from the repository brought into " + title + ", from " + (respondents == 1 ? "1 respondent" : respondents + " respondents")
				+ ". Edit > Undo takes them out.");
	}
}
