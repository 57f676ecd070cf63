package org.hjp.workbench.stage.needs;

import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.osgi.service.component.annotations.Component;

/** The stage “Investigating needs and gaps”. */
@Component(service = StageDescriptor.class)
public class NeedsStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.needs";

	public NeedsStage() {
		super(ID, "Investigating needs and gaps",
				"Who the partnership is for, what legal and health needs they have, the evidence for them, the services they already use and where the gaps are.",
				10, NeedsPackage.Literals.NEEDS_AND_GAPS);
	}
}
