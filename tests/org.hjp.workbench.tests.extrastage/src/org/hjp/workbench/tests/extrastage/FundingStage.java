package org.hjp.workbench.tests.extrastage;

import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** A stage an organisation might add: where the partnership's funding stands. */
@Component(service = StageDescriptor.class)
public class FundingStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.tests.extrastage";

	public FundingStage() {
		super(ID, "Funding and reporting", "A stage from an organisation's own plug-in: when the partnership started, when its funding ends.", 25, null);
	}
}
