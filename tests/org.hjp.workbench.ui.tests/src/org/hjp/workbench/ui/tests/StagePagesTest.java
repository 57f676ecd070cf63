package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage opens with the widgets of the page it shows; each other list page is built when its tab is first shown. */
class StagePagesTest extends WorkbenchTest {

	private static final String NEEDS = "Investigating needs and gaps";

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
}
