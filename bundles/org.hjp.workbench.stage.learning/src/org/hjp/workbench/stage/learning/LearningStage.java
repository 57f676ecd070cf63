package org.hjp.workbench.stage.learning;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Learning and evolving”. */
@Component
public class LearningStage implements StageDescriptor {

	public static final String ID = "org.hjp.workbench.stage.learning";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Learning and evolving";
	}

	@Override
	public String description() {
		return "Measures with baselines and targets, data over time, reviews of how the partners work together, and decisions to change course.";
	}

	@Override
	public int defaultOrder() {
		return 40;
	}

	@Override
	public EClass dataClass() {
		return LearningPackage.Literals.LEARNING_PLAN;
	}
}
