package org.hjp.workbench.stage.learning;

import static org.hjp.workbench.assessment.model.AssessmentPackage.Literals.*;
import static org.hjp.workbench.learning.model.LearningPackage.Literals.*;

import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.assessment.ui.AssessmentControls;

import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Learning and evolving: measures over time, reviews of how the partners work, assessment rounds, and managing change. */
@Component(service = StagePage.class)
public class LearningPage implements StagePage {

	@Reference
	private InstrumentRegistry registry;

	@Override
	public String stageId() {
		return LearningStage.ID;
	}

	@Override
	public void build(Pages pages) {
		pages.page("Measures", ListSpec.of(LEARNING_PLAN__MEASURES)
				.columns(MEASURE__NAME, MEASURE__PURPOSE, MEASURE__BASELINE, MEASURE__TARGET, MEASURE__UNIT)
				.help("What the partners need to learn, kept modest and manageable: for improvement, for funders, or about outcomes.")
				.details(LearningPage::measure));
		pages.page("Reviews", ListSpec.of(LEARNING_PLAN__REVIEWS).columns(REVIEW__DATE, REVIEW__AREA)
				.help("Regular looks at relationships (connection, role clarity), resources (contributions, needs) and processes (communication, decisions, information sharing).")
				.details(r -> r.checks().field(REVIEW__DATE).field(REVIEW__AREA).field(REVIEW__FINDINGS).field(REVIEW__ACTIONS)));
		pages.page("Assessments", ListSpec.of(LEARNING_PLAN__ASSESSMENT_ROUNDS).columns(ASSESSMENT_ROUND__TITLE, ASSESSMENT_ROUND__DATE)
				.help("Rounds of an assessment instrument: each partner, or each person, answers on their own; the results show where partners see the partnership differently.")
				.listShare(32).details(this::round));
		pages.page("Managing change", ListSpec.of(LEARNING_PLAN__CHANGE_STRATEGIES).columns(CHANGE_STRATEGY__KIND, CHANGE_STRATEGY__DECIDED_ON)
				.help("Translating the model elsewhere, trying something new, deepening engagement, or scaling back and winding up."));
	}

	private void round(Fields fields) {
		AssessmentRound round = (AssessmentRound) fields.object();
		fields.checks().section("The round", null)
				.field(ASSESSMENT_ROUND__TITLE).field(ASSESSMENT_ROUND__DATE)
				.control((parent, object) -> AssessmentControls.instrument(parent, round, registry))
				.field(ASSESSMENT_ROUND__NOTES)
				.section("Respondents", "Add one for each person who answers. Leave the person empty for an anonymous answer, and give it a name such as Respondent A.")
				.table(ListSpec.of(ASSESSMENT_ROUND__RESPONDENTS).columns(RESPONDENT__ORGANISATION, RESPONDENT__PERSON, RESPONDENT__LABEL)
						.details(r -> r.field(RESPONDENT__ORGANISATION).field(RESPONDENT__PERSON).field(RESPONDENT__LABEL)
								.control((parent, object) -> AssessmentControls.answers(parent, (Respondent) object))))
				.section("Results", null)
				.control((parent, object) -> AssessmentControls.results(parent, round, registry));
	}

	private static void measure(Fields fields) {
		fields.checks().section("The measure", null)
				.field(MEASURE__NAME).field(MEASURE__DESCRIPTION).field(MEASURE__PURPOSE).field(MEASURE__UNIT)
				.field(MEASURE__NEED).field(MEASURE__ACTIVITY).field(MEASURE__COLLECTED_BY)
				.section("Baseline and target", null)
				.field(MEASURE__BASELINE).field(MEASURE__TARGET)
				.section("Data over time", null)
				.table(ListSpec.of(MEASURE__DATA_POINTS).columns(DATA_POINT__DATE, DATA_POINT__VALUE, DATA_POINT__NOTE));
	}
}
