package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's keys work whatever control has the focus: Ctrl+S right after choosing from a drop-down with the mouse saves. */
class KeysAfterComboTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void ctrlSRightAfterChoosingFromADropDownWithTheMouseSaves() throws Exception {
		Path file = openCopyOfSample(folder, "combo-keys.hjp");
		String before = Files.readString(file);
		openStage("Investigating needs and gaps");
		Combo priority = driver.find(Combo.class, c -> "priority".equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible(), "the need's priority");
		String chosen = driver.onUi(priority::getText);
		driver.click(priority);
		driver.waitUntil(() -> driver.onUi(() -> priority.getListVisible()), "the drop-down to open");
		// The open list puts the chosen item over the field: the next item is a row further down.
		Rectangle field = driver.onUi(() -> new Rectangle(0, 0, priority.getSize().x, priority.getSize().y));
		driver.click(priority, new Rectangle(0, field.height, field.width, field.height), 1);
		driver.waitUntil(() -> !driver.onUi(priority::getText).equals(chosen) && !driver.onUi(priority::getListVisible), "another priority chosen");
		driver.waitUntil(() -> document().isDirty(), "the change");

		driver.press(SWT.MOD1, 's');
		driver.waitUntil(() -> !document().isDirty(), "Ctrl+S to save");
		assertNotEquals(before, Files.readString(file), "the file holds the change");
	}
}
