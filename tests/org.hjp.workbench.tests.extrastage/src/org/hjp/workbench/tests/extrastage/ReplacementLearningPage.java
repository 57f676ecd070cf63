package org.hjp.workbench.tests.extrastage;

import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.StagePage;
import org.osgi.service.component.annotations.Component;

/** An organisation's own form for one of the workbench's stages: it replaces the built-in one while installed. */
@Component(service = StagePage.class)
public class ReplacementLearningPage implements StagePage {

	public static final String TITLE = "Our funder's measures";

	@Override
	public String stageId() {
		return "org.hjp.workbench.stage.learning";
	}

	@Override
	public void build(Pages pages) {
		pages.page(TITLE, ListSpec.of(LearningPackage.Literals.LEARNING_PLAN__MEASURES).columns(LearningPackage.Literals.MEASURE__NAME)
				.help("Only the measures our funder asks for."));
	}
}
