package org.hjp.workbench.stage.agreement;

import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Agreeing on how you'll work together”. */
@Component(service = StageDescriptor.class)
public class AgreementStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.agreement";

	public AgreementStage() {
		super(ID, "Agreeing on how you'll work together",
				"Governance, contributions, information sharing, confidentiality and privilege, data collection and review dates: the content of an MOU.",
				30, AgreementPackage.Literals.AGREEMENT);
	}
}
