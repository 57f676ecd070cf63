package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage opens with the widgets of the page it shows; each other list page is built when its tab is first shown;
 * a stage editor behind another tab is built for a newly opened partnership when it comes into sight.
 */
class StagePagesTest extends WorkbenchTest {

	private static final String NEEDS = "Investigating needs and gaps";
	private static final String ACTIVITIES = "Identifying what you'll do together";

	@TempDir
	Path folder;

	@Test
	void aListPageIsBuiltWhenItsTabIsFirstShown() throws Exception {
		openCopyOfSample(folder, "pages.hjp");
		openStage(NEEDS);
		CTabFolder pages = driver.find(CTabFolder.class, f -> hasPage(f, "Needs and evidence"), "the pages of the needs stage");
		driver.find(Table.class, t -> "needs".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of needs");
		assertEquals(0, driver.onUi(() -> ((Composite) pages.getItem(2).getControl()).getChildren().length), "the services page is not built yet");

		clickTab("Services people use");
		Table services = driver.find(Table.class, t -> "existingServices".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(),
				"the list of services, once its tab is shown");
		assertEquals(2, driver.onUi(services::getItemCount), "the sample's services are listed");
	}

	@Test
	void aListPageShowsItsFirstItemsDetailsWhenShown() throws Exception {
		openCopyOfSample(folder, "details.hjp");
		openStage(NEEDS);
		driver.find(CTabFolder.class, f -> hasPage(f, "Services people use"), "the pages of the needs stage");
		clickTab("Services people use");
		Table services = driver.find(Table.class, t -> "existingServices".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(),
				"the list of services, once its tab is shown");
		assertEquals(0, driver.onUi(services::getSelectionIndex), "the first service is selected");
		Composite page = driver.onUi(() -> {
			Composite c = services.getParent();
			while (!(c instanceof SashForm)) {
				c = c.getParent();
			}
			return c;
		});
		Text name = driver.find(Text.class, t -> "name".equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible() && isInside(t, page),
				"the first service's name in the details beside the list");
		assertEquals(driver.onUi(() -> services.getItem(0).getText(0)), driver.onUi(name::getText));
	}

	@Test
	void aStageBehindAnotherTabIsBuiltForAnOpenedPartnershipWhenItComesIntoSight() throws Exception {
		openCopyOfSample(folder, "first.hjp");
		openStage(ACTIVITIES);
		driver.find(Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of activities");
		openStage(NEEDS);
		driver.find(Table.class, t -> "needs".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of needs");

		Partnership generated = GeneratedPartnership.partnership(1_000);
		int activities = StageData.find(generated, ActivitiesPackage.Literals.ACTIVITY_PLAN).map(p -> ((ActivityPlan) p).getActivities().size()).orElseThrow();
		openFile(GeneratedPartnership.save(generated, folder.resolve("second.hjp")));
		driver.settle();
		assertNull(driver.onUi(() -> findIn(shell(), Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)))),
				"the activities stage, behind the needs stage, is not built for the partnership just opened (nor keeps the old one)");

		clickTab(ACTIVITIES);
		Table shown = driver.find(Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(),
				"the list of activities, once its stage is shown");
		assertEquals(activities, driver.onUi(shown::getItemCount), "the activities of the partnership just opened are listed");
	}
}
