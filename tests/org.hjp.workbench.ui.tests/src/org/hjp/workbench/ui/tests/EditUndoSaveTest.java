package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real workbench with real mouse and key events: open the sample, change a field, undo, redo,
 * save, close, reopen and see the change.
 */
class EditUndoSaveTest extends WorkbenchTest {

	private static final String NEW_NAME = "Rent arrears before the birth";
	private static final String OLD_NAME = "Rental arrears and eviction risk around the birth";

	@TempDir
	Path folder;

	@Test
	void editUndoRedoSaveAndReopen() throws Exception {
		openCopyOfSample(folder, "edit-test.hjp");
		openStage("Investigating needs and gaps");
		Table needs = driver.byKey(Table.class, FieldsForm.LIST_KEY, "needs");
		TableItem needItem = driver.onUi(() -> Arrays.stream(needs.getItems()).filter(i -> OLD_NAME.equals(i.getText(0))).findFirst().orElseThrow());
		driver.click(needs, driver.onUi(() -> needItem.getBounds(0)), 1);

		Text name = driver.byKey(Text.class, FieldsForm.FIELD_KEY, "name");
		driver.waitUntil(() -> OLD_NAME.equals(driver.text(name)), "the need's name in its field");
		driver.click(name);
		driver.press(SWT.MOD1, 'a');
		driver.type(NEW_NAME);
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> NEW_NAME.equals(need().getName()), "the new name in the model");
		driver.waitUntil(() -> title().startsWith("*"), "the dirty marker in the title");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> OLD_NAME.equals(need().getName()), "undo to restore the name");
		assertFalse(driver.onUi(() -> document().commandStack().canUndo()), "typing a name was one undoable step, not one per key");
		driver.waitUntil(() -> OLD_NAME.equals(driver.text(name)), "the field to show the restored name");
		driver.waitUntil(() -> !title().startsWith("*"), "the dirty marker to go after undoing the only change");

		driver.press(SWT.MOD1, 'y');
		driver.waitUntil(() -> NEW_NAME.equals(need().getName()), "redo to bring the new name back");
		driver.waitUntil(() -> NEW_NAME.equals(driver.text(name)), "the field to show the new name again");

		driver.press(SWT.MOD1, 's');
		driver.waitUntil(() -> !title().startsWith("*"), "the dirty marker to go after saving");
		Path file = document().file().orElseThrow();
		assertTrue(Files.readString(file).contains("name=\"" + NEW_NAME + "\""), "the saved file holds the new name");

		driver.press(SWT.MOD1, 'w');
		driver.waitUntil(() -> document() == null, "the partnership to close");

		driver.press(SWT.ALT, 'f');
		driver.press(0, 'r');
		driver.press(0, '1');
		driver.waitUntil(() -> document() != null && document().file().orElseThrow().equals(file), "the partnership to reopen from Open Recent");
		assertEquals(NEW_NAME, need().getName());
	}

	private Need need() {
		return driver.onUi(() -> document().partnership().getExtensions().stream().filter(NeedsAndGaps.class::isInstance)
				.map(NeedsAndGaps.class::cast).findFirst().orElseThrow().getNeeds().get(0));
	}
}
