package org.hjp.workbench.assessment.model.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.validation.Constraints;

/** Checks of assessment rounds: what stops them being scored, compared or read as the partners' views. */
public class AssessmentConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return AssessmentPackage.eINSTANCE;
	}

	@Override
	protected void check(EObject object, Problems problems) {
		if (object instanceof AssessmentRound round) {
			checkRound(round, problems);
		} else if (object instanceof Respondent respondent && respondent.getOrganisation() == null) {
			problems.info(respondent, Literals.RESPONDENT__ORGANISATION, "A respondent in the round " + name(respondent.eContainer())
					+ " answered for no partner; their answers are counted on their own.");
		}
	}

	private static void checkRound(AssessmentRound round, Problems problems) {
		String name = name(round);
		if (round.getInstrument() == null) {
			problems.warning(round, Literals.ASSESSMENT_ROUND__INSTRUMENT, "The assessment round " + name + " has no instrument chosen.");
			return;
		}
		if (round.getDate() == null) {
			problems.warning(round, Literals.ASSESSMENT_ROUND__DATE, "The assessment round " + name + " has no date, so later rounds cannot be compared with it in order.");
		}
		Set<Organisation> answered = new LinkedHashSet<>();
		round.getRespondents().stream().map(Respondent::getOrganisation).filter(o -> o != null).forEach(answered::add);
		if (answered.size() == 1 && partners(round) > 1) {
			problems.info(round, Literals.ASSESSMENT_ROUND__RESPONDENTS, "Only " + named(answered.iterator().next().getName(), "one partner")
					+ " has answered the round " + name + " so far, so where the partners disagree cannot be shown yet.");
		}
	}

	private static int partners(AssessmentRound round) {
		for (EObject c = round.eContainer(); c != null; c = c.eContainer()) {
			if (c instanceof Partnership partnership) {
				return partnership.getOrganisations().size();
			}
		}
		return 0;
	}

	private static String name(EObject round) {
		return round instanceof AssessmentRound r ? named(r.getTitle(), "without a title") : "without a title";
	}
}
