package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsPackage;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list works from the keyboard (Insert, Delete, Alt+Up/Down) and sorts by its columns without changing the saved order. */
class ListKeyboardTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void reorderAddAndRemoveWithKeysThenSortByAColumn() throws Exception {
		openCopyOfSample(folder, "keys.hjp");
		openStage("Investigating needs and gaps");
		Table table = driver.find(Table.class, t -> "needs".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of needs");
		List<String> saved = names();
		driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(0)), 1);

		driver.press(SWT.ALT, SWT.ARROW_DOWN);
		driver.waitUntil(() -> names().get(1).equals(saved.get(0)), "Alt+Down to move the first need down");
		assertEquals(saved.get(0), rowTexts(table).get(1), "the list shows the new order");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> names().equals(saved), "undo to restore the order");

		driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(0)), 1);
		driver.press(0, SWT.INSERT);
		driver.waitUntil(() -> names().size() == saved.size() + 1, "Insert to add a need");
		driver.waitUntil(() -> "name".equals(focusedField()), "the focus in the new need's name");
		driver.click(table, driver.onUi(() -> table.getItem(table.getItemCount() - 1).getBounds(0)), 1);
		driver.press(0, SWT.DEL);
		driver.waitUntil(() -> names().equals(saved), "Delete to remove it again");

		int undoSteps = undoSteps();
		TableColumn priority = driver.onUi(() -> table.getColumn(2));
		assertEquals("Priority", driver.onUi(priority::getText));
		clickHeader(table, 2);
		driver.waitUntil(() -> rowTexts(table, 2).equals(sorted(rowTexts(table, 2))), "the rows sorted by priority");
		assertEquals(saved, names(), "sorting the view leaves the saved order alone");
		driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(0)), 1);
		Button up = button(table, "Up");
		Button down = button(table, "Down");
		driver.waitUntil(() -> driver.onUi(() -> !up.isEnabled() && !down.isEnabled()), "moving to be off while the list is sorted");
		driver.afterDoubleClickTime();
		clickHeader(table, 2);
		driver.waitUntil(() -> driver.onUi(() -> table.getSortDirection() == SWT.DOWN), "the second click to sort the other way");
		driver.afterDoubleClickTime();
		clickHeader(table, 2);
		driver.waitUntil(() -> rowTexts(table).equals(saved), "the third click to go back to the saved order");
		assertEquals(undoSteps, undoSteps(), "sorting changed nothing in the partnership");

		driver.afterDoubleClickTime();
		clickHeader(table, 0);
		driver.waitUntil(() -> driver.onUi(() -> table.getSortDirection() == SWT.UP), "a click to sort by name");
		driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(0)), 1);
		driver.press(0, SWT.INSERT);
		driver.waitUntil(() -> names().size() == saved.size() + 1, "Insert to add a need to the sorted list");
		driver.waitUntil(() -> driver.onUi(table::getItemCount) == saved.size() + 1, "the new need's row in the sorted list");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> names().equals(saved) && driver.onUi(table::getItemCount) == saved.size(), "undo to take it out again");
	}

	/** A sorted list sorts again when items are added or removed, by the items' texts as they are then. */
	@Test
	void aSortedListSortsByTheTextsOfTheMomentAfterARenameAndAnInsert() throws Exception {
		openCopyOfSample(folder, "sorted.hjp");
		openStage("Investigating needs and gaps");
		Table table = driver.find(Table.class, t -> "needs".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of needs");
		clickHeader(table, 0);
		driver.waitUntil(() -> driver.onUi(() -> table.getSortDirection() == SWT.UP), "a click to sort by name");
		String first = rowTexts(table).get(0);
		driver.runOnUi(() -> {
			Need need = needs().stream().filter(n -> n.getName().equals(first)).findFirst().orElseThrow();
			document().commandStack().execute(SetCommand.create(document().editingDomain(), need, NeedsPackage.Literals.NEED__NAME, "Zz renamed"));
		});
		int before = names().size();
		driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(0)), 1);
		driver.press(0, SWT.INSERT);
		driver.waitUntil(() -> names().size() == before + 1 && driver.onUi(table::getItemCount) == before + 1, "Insert to add a need to the sorted list");
		// The new need has no name yet, and items without a value sort after all others.
		driver.waitUntil(() -> rowTexts(table).stream().filter(name -> !name.isEmpty()).toList().getLast().equals("Zz renamed"),
				"the renamed need to sort last of the named ones once the list sorts again");
	}

	@Test
	void ctrlPageDownAndUpTurnTheTabsOfAStage() throws Exception {
		openCopyOfSample(folder, "tabs.hjp");
		openStage("Agreeing on how you'll work together");
		CTabFolder pages = driver.find(CTabFolder.class, f -> f.getItemCount() == 5 && "Governance".equals(f.getItem(0).getText()), "the agreement's tabs");
		driver.waitUntil(() -> driver.onUi(() -> isInside(workbench.display().getFocusControl(), pages)), "the focus in the stage's form after Enter");
		driver.press(SWT.MOD1, SWT.PAGE_DOWN);
		driver.waitUntil(() -> driver.onUi(() -> pages.getSelectionIndex() == 1), "Ctrl+Page Down to show the second tab");
		driver.waitUntil(() -> driver.onUi(() -> isInside(workbench.display().getFocusControl(), pages.getItem(1).getControl())), "the focus in the second tab");
		driver.press(SWT.MOD1, SWT.PAGE_UP);
		driver.press(SWT.MOD1, SWT.PAGE_UP);
		driver.waitUntil(() -> driver.onUi(() -> pages.getSelectionIndex() == 4), "Ctrl+Page Up to go round to the last tab");
	}

	private int undoSteps() {
		return driver.onUi(() -> {
			var stack = document().commandStack();
			return stack.getUndoCommand() == null ? 0 : System.identityHashCode(stack.getUndoCommand());
		});
	}

	private void clickHeader(Table table, int column) {
		driver.click(table, driver.onUi(() -> {
			int x = 0;
			for (int i = 0; i < column; i++) {
				x += table.getColumn(i).getWidth();
			}
			// On GTK the header lies above the first row, outside the rows' coordinates.
			int top = table.getItem(0).getBounds(0).y - table.getHeaderHeight();
			return new org.eclipse.swt.graphics.Rectangle(x, top, table.getColumn(column).getWidth(), table.getHeaderHeight());
		}), 1);
	}

	private static List<String> sorted(List<String> priorities) {
		List<String> order = List.of("Low", "Medium", "High");
		return priorities.stream().sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).toList();
	}

	private List<String> names() {
		return driver.onUi(() -> needs().stream().map(Need::getName).toList());
	}

	private List<Need> needs() {
		return document().partnership().getExtensions().stream().filter(NeedsAndGaps.class::isInstance)
				.map(NeedsAndGaps.class::cast).findFirst().orElseThrow().getNeeds();
	}

	private List<String> rowTexts(Table table) {
		return rowTexts(table, 0);
	}

	private List<String> rowTexts(Table table, int column) {
		return driver.onUi(() -> {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < table.getItemCount(); i++) {
				texts.add(table.getItem(i).getText(column));
			}
			return texts;
		});
	}

	private Button button(Table table, String label) {
		return driver.onUi(() -> findIn(table.getParent().getParent(), Button.class, b -> label.equals(b.getText())));
	}

}
