package org.hjp.workbench.stage.needs;

import org.hjp.workbench.core.stages.Checklist;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.validation.NeedsConstraints;
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

	@Override
	public String tabLabel() {
		return "Needs and gaps";
	}

	@Override
	public Completeness completeness(Partnership p) {
		NeedsAndGaps data = (NeedsAndGaps) StageData.find(p, dataClass()).orElse(null);
		boolean started = data != null;
		return new Checklist()
				.check("The target cohort is described", !p.getCohorts().isEmpty())
				.check("Needs are recorded", started && !data.getNeeds().isEmpty())
				.check("Every need has evidence", started && !data.getNeeds().isEmpty() && data.getNeeds().stream().allMatch(NeedsConstraints::hasEvidence))
				.check("Every need has a baseline", started && !data.getNeeds().isEmpty() && data.getNeeds().stream().allMatch(n -> Checklist.written(n.getBaseline())))
				.check("The services people already use are listed", started && !data.getExistingServices().isEmpty())
				.check("Gaps between need and current help are named", started && !data.getGaps().isEmpty())
				.check("Existing working relationships are mapped", started && !data.getRelationships().isEmpty())
				.result();
	}
}
