package org.hjp.workbench.stage.profile;

import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Partnership profile”. */
@Component(service = StageDescriptor.class)
public class ProfileStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.profile";

	public ProfileStage() {
		super(ID, "Partnership profile",
				"Why the partners work together, who they are, and who takes part: the four why questions, partner organisations, people, roles and champions.",
				0, null);
	}
}
