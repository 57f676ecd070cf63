package org.hjp.workbench.stage.learning;

import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.learning.model.LearningPackage;
import org.osgi.service.component.annotations.Component;

/** The stage “Learning and evolving”. */
@Component(service = StageDescriptor.class)
public class LearningStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.learning";

	public LearningStage() {
		super(ID, "Learning and evolving",
				"Measures with baselines and targets, data over time, reviews of how the partners work together, and decisions to change course.",
				40, LearningPackage.Literals.LEARNING_PLAN);
	}
}
