package org.hjp.workbench.stage.needs;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Investigating needs and gaps”. */
@Component
public class NeedsStage implements StageDescriptor {

	public static final String ID = "org.hjp.workbench.stage.needs";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Investigating needs and gaps";
	}

	@Override
	public String description() {
		return "Who the partnership is for, what legal and health needs they have, the evidence for them, the services they already use and where the gaps are.";
	}

	@Override
	public int defaultOrder() {
		return 10;
	}

	@Override
	public EClass dataClass() {
		return NeedsPackage.Literals.NEEDS_AND_GAPS;
	}
}
