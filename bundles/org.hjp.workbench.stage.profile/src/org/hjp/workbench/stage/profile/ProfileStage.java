package org.hjp.workbench.stage.profile;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Partnership profile”. */
@Component
public class ProfileStage implements StageDescriptor {

	public static final String ID = "org.hjp.workbench.stage.profile";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Partnership profile";
	}

	@Override
	public String description() {
		return "Why the partners work together, who they are, and who takes part: the four why questions, partner organisations, people, roles and champions.";
	}

	@Override
	public int defaultOrder() {
		return 0;
	}

	@Override
	public EClass dataClass() {
		return null;
	}
}
