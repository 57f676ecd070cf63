package org.hjp.workbench.stage.agreement;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Agreeing on how you'll work together”. */
@Component
public class AgreementStage implements StageDescriptor {

	public static final String ID = "org.hjp.workbench.stage.agreement";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Agreeing on how you'll work together";
	}

	@Override
	public String description() {
		return "Governance, contributions, information sharing, confidentiality and privilege, data collection and review dates: the content of an MOU.";
	}

	@Override
	public int defaultOrder() {
		return 30;
	}

	@Override
	public EClass dataClass() {
		return AgreementPackage.Literals.AGREEMENT;
	}
}
