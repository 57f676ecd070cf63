package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Iterator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every stage, as a user: add an item to a list, see the check that it is incomplete, fill in its first
 * field, undo and redo both steps, save, close, reopen and find the item again.
 */
class StageEditingTest extends WorkbenchTest {

	@TempDir
	Path folder;

	static Stream<Arguments> stages() {
		return Stream.of(
				Arguments.of("Partnership profile", "Partners and people", "organisations", "name", "Riverbend Aboriginal Health Service", "A partner organisation has no name."),
				Arguments.of("Investigating needs and gaps", "Needs and evidence", "needs", "name", "Fines stopping parents from driving", "A need has no name."),
				Arguments.of("Identifying what you'll do together", "Training planner", "activities", "name", "Consent and privilege in ten minutes", "An activity has no name."),
				Arguments.of("Agreeing on how you'll work together", "Review dates", "reviewDates", "date", "2027-06-30", "A review of the agreement has no date."),
				Arguments.of("Learning and evolving", "Measures", "measures", "name", "Families housed at discharge", "A measure has no name."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("stages")
	void addCheckFillUndoRedoSaveAndReopen(String stage, String tab, String list, String field, String value, String check) throws Exception {
		Path file = openCopyOfSample(folder, "editing.hjp");
		openStage(stage);
		clickTab(tab);
		Table table = driver.find(Table.class, t -> list.equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of " + list);
		int rows = driver.onUi(table::getItemCount);
		driver.click(addButton(table));
		driver.waitUntil(() -> driver.onUi(table::getItemCount) == rows + 1, "a new row in the list");
		driver.waitUntil(() -> field.equals(focusedField()), "the focus in the new item's " + field);
		Text text = (Text) driver.onUi(() -> workbench.display().getFocusControl());
		driver.waitUntil(() -> messageUnder(text).contains(check), "the check \u201c" + check + "\u201d under the field");

		driver.type(value);
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> holds(field, value), "the model to hold " + value);
		driver.waitUntil(() -> messageUnder(text).isEmpty(), "the check to go once the field is filled in");

		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> !holds(field, value) && driver.text(text).isEmpty(), "undo to empty the field again");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> driver.onUi(table::getItemCount) == rows, "a second undo to remove the item");
		driver.press(SWT.MOD1, 'y');
		driver.press(SWT.MOD1, 'y');
		driver.waitUntil(() -> holds(field, value), "redo to bring back the item and its " + field);
		assertEquals(rows + 1, (int) driver.onUi(table::getItemCount));

		driver.press(SWT.MOD1, 's');
		driver.waitUntil(() -> !document().isDirty(), "the save");
		driver.press(SWT.MOD1, 'w');
		driver.waitUntil(() -> document() == null, "the partnership to close");
		openFile(file);
		assertTrue(holds(field, value), "the reopened file holds " + value);
	}

	private Button addButton(Table table) {
		return driver.onUi(() -> {
			Composite list = table.getParent().getParent();
			return findIn(list, Button.class, b -> b.getText().startsWith("Add"));
		});
	}

	/** The message shown under a field: what is wrong with it, or empty. */
	private String messageUnder(Text text) {
		return driver.onUi(() -> {
			CLabel line = findIn(text.getParent(), CLabel.class, l -> l.isVisible() && !l.getText().isEmpty());
			return line == null ? "" : line.getText();
		});
	}

	/** Whether some item of the open partnership has {@code value} in its feature {@code name}. */
	private boolean holds(String name, String value) {
		return driver.onUi(() -> {
			if (document() == null) {
				return false;
			}
			for (Iterator<EObject> it = document().partnership().eAllContents(); it.hasNext();) {
				EObject object = it.next();
				EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
				Object held = feature == null ? null : object.eGet(feature);
				if (held instanceof Date date && LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).toString().equals(value) || value.equals(held)) {
					return true;
				}
			}
			return false;
		});
	}

}
