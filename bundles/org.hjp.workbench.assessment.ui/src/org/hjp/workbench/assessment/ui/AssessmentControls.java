package org.hjp.workbench.assessment.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;

/** The controls a stage page places in its forms to run assessment rounds. */
public final class AssessmentControls {

	/** Widget data keys, for tests. */
	public static final String INSTRUMENT_CHOICE_KEY = InstrumentPanel.CHOICE_KEY;
	public static final String ANSWERS_KEY = AnswerSheet.KEY;
	public static final String ANSWER_KEYS_KEY = AnswerSheet.KEYS_KEY;
	public static final String SCORES_KEY = ResultsPanel.SCORES_KEY;
	public static final String STATEMENTS_KEY = ResultsPanel.STATEMENTS_KEY;
	public static final String HISTORY_KEY = ResultsPanel.HISTORY_KEY;
	public static final String CHART_KEY = ScoreChart.KEY;

	private AssessmentControls() {
	}

	/** The round's instrument: a choice among the installed ones until one is chosen. */
	public static Control instrument(Composite parent, AssessmentRound round, InstrumentRegistry registry) {
		return InstrumentPanel.create(parent, round, registry);
	}

	/** The respondent's answers, entered with the keyboard. */
	public static Control answers(Composite parent, Respondent respondent) {
		return AnswerSheet.create(parent, respondent);
	}

	/** The round's results, kept up to date as answers come in. */
	public static Control results(Composite parent, AssessmentRound round, InstrumentRegistry registry) {
		return ResultsPanel.create(parent, round, registry);
	}
}
