package org.hjp.workbench.stage.activities;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Identifying what you'll do together”. */
@Component(service = StageDescriptor.class)
public class ActivitiesStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.activities";

	public ActivitiesStage() {
		super(ID, "Identifying what you'll do together",
				"The activities of the partnership: embedded legal help, referral pathways, training, secondary consultation, care coordination and systemic advocacy.",
				20, ActivitiesPackage.Literals.ACTIVITY_PLAN);
	}
}
