package org.hjp.workbench.tests.extrastage;

import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;

/** The form of the funding stage, built with the workbench's form API only. */
@Component(service = StagePage.class)
public class FundingPage implements StagePage {

	@Override
	public String stageId() {
		return FundingStage.ID;
	}

	@Override
	public void build(Pages pages) {
		pages.page("Funding").section("The funding period", "When the money starts and stops.")
				.field(PartnershipPackage.Literals.PARTNERSHIP__START_DATE)
				.field(PartnershipPackage.Literals.PARTNERSHIP__END_DATE)
				.field(PartnershipPackage.Literals.PARTNERSHIP__STATUS);
	}
}
