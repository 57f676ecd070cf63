package org.hjp.workbench.stage.activities;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Identifying what you'll do together”. */
@Component
public class ActivitiesStage implements StageDescriptor {

	public static final String ID = "org.hjp.workbench.stage.activities";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Identifying what you'll do together";
	}

	@Override
	public String description() {
		return "The activities of the partnership: embedded legal help, referral pathways, training, secondary consultation, care coordination and systemic advocacy.";
	}

	@Override
	public int defaultOrder() {
		return 20;
	}

	@Override
	public EClass dataClass() {
		return ActivitiesPackage.Literals.ACTIVITY_PLAN;
	}
}
