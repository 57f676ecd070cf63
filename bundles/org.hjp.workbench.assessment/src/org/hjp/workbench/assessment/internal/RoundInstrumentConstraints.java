package org.hjp.workbench.assessment.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentPackage;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.model.validation.Constraints;
import org.osgi.service.component.annotations.Component;

/**
 * The copy of its instrument that each round keeps is checked as a plug-in's definition is, limits included, so that
 * a partnership file edited by hand says on opening which round cannot be used, and why.
 */
@Component(service = Constraints.class)
public class RoundInstrumentConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return AssessmentPackage.eINSTANCE;
	}

	@Override
	protected void check(EObject object, Problems problems) {
		if (object instanceof AssessmentRound round) {
			Rounds.unusableInstrument(round).ifPresent(problem -> problems.error(round, AssessmentPackage.Literals.ASSESSMENT_ROUND__INSTRUMENT, problem));
		}
	}
}
