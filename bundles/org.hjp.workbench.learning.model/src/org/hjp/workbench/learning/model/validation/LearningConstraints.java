package org.hjp.workbench.learning.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPackage.Literals;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.model.validation.Constraints;

/** Checks of the learning and evolving stage. */
public class LearningConstraints extends Constraints {

	@Override
	public EPackage getEPackage() {
		return LearningPackage.eINSTANCE;
	}

	@Override
	protected void check(EObject object, Problems problems) {
		if (!(object instanceof Measure measure)) {
			return;
		}
		String name = named(measure.getName(), "without a name");
		if (text(measure.getName()) == null) {
			problems.error(measure, Literals.MEASURE__NAME, "A measure has no name.");
		}
		if (measure.getBaseline() == null) {
			problems.warning(measure, Literals.MEASURE__BASELINE,
					"The measure " + name + " has no baseline, so change cannot be shown.");
		}
		if (measure.getTarget() == null) {
			problems.info(measure, Literals.MEASURE__TARGET, "The measure " + name + " has no target.");
		}
	}
}
