package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list of 10,000 needs: the table fills only the rows in sight, goes to its end at once, and a measure's link
 * to one of the needs is chosen by searching, not from a drop-down of 10,000 rows.
 */
class LongListsTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void tenThousandNeedsShowInAVirtualListAndALinkToOneIsFoundBySearching() throws Exception {
		openFile(GeneratedPartnership.save(GeneratedPartnership.withLongListOfNeeds(10_000), folder.resolve("long.hjp")));
		openStage("Investigating needs and gaps");
		Table needs = list("needs");
		assertEquals(10_000, driver.onUi(needs::getItemCount));
		assertTrue(driver.onUi(() -> (needs.getStyle() & SWT.VIRTUAL) != 0), "the list fills only the rows in sight");
		driver.click(needs, driver.onUi(() -> needs.getItem(0).getBounds(0)), 1);
		driver.press(0, SWT.END);
		Text name = driver.find(Text.class, t -> "name".equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible(), "the need's name");
		driver.waitUntil(() -> driver.text(name).startsWith("Need 9999:"), "End to show the last need's details");
		driver.screenshot(Path.of("target/screenshots/long-lists/1-last-of-10000-needs.png"));

		openStage("Learning and evolving");
		Table measures = list("measures");
		driver.click(measures, driver.onUi(() -> measures.getItem(0).getBounds(0)), 1);
		Measure measure = driver.onUi(() -> document().partnership().getExtensions().stream().filter(LearningPlan.class::isInstance)
				.map(LearningPlan.class::cast).findFirst().orElseThrow().getMeasures().get(0));
		String before = driver.onUi(() -> measure.getNeed().getName());
		assertNull(driver.onUi(() -> findIn(shell(), Combo.class, c -> "need".equals(c.getData(FieldsForm.FIELD_KEY)))), "no drop-down of 10,000 needs");
		Button choose = driver.find(Button.class, b -> "need".equals(b.getData(FieldsForm.FIELD_KEY)) && b.isVisible(), "the need's Choose button");
		driver.click(choose);
		Shell dialog = dialog("Need");
		driver.screenshot(Path.of("target/screenshots/long-lists/2-choose-a-need.png"));
		driver.type("need 9998");
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> driver.onUi(dialog::isDisposed), "Enter to choose the need found and close the dialog");
		driver.waitUntil(() -> driver.onUi(() -> measure.getNeed().getName()).startsWith("Need 9998:"), "the measure to be linked to need 9998");

		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> driver.onUi(() -> measure.getNeed().getName()).equals(before), "undo to link the measure to its need again");
	}

	private Table list(String reference) {
		return driver.find(Table.class, t -> reference.equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of " + reference);
	}
}
