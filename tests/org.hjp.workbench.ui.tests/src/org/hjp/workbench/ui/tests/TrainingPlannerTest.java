package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.session.LiveValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training planner shows its checks as the user plans, and they change with the plan. */
class TrainingPlannerTest extends WorkbenchTest {

	private static final String TRAINING = "Trauma-informed practice with new parents";

	@TempDir
	Path folder;

	@Test
	void checksFollowThePlan() throws Exception {
		openCopyOfSample(folder, "planner.hjp");
		openStage("Identifying what you'll do together");
		clickTab("Training planner");
		Table trainings = driver.find(Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the planner's list");
		clickRow(trainings, TRAINING);
		driver.waitUntil(() -> visibleLabel(trainings, t -> t.equals("Checks: 4 things to look at.")), "four checks on the training");
		driver.waitUntil(() -> visibleLabel(trainings, t -> t.contains("does not say why training is the right tool")), "the check that asks why training");
		driver.waitUntil(() -> visibleLabel(trainings, t -> t.contains("needs 60 minutes but the audience can give 45")), "the check that the content is too long");

		goToCheck(trainings, "needs 60 minutes");
		driver.waitUntil(() -> driver.onUi(() -> "minutesNeeded".equals(workbench.display().getFocusControl().getData(FieldsForm.FIELD_KEY))),
				"the link to take the focus to the minutes needed");
		Text needed = driver.find(Text.class, t -> "minutesNeeded".equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible(), "the minutes needed");
		driver.click(needed);
		driver.press(SWT.MOD1, 'a');
		driver.type("40");
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> visibleLabel(trainings, t -> t.equals("Checks: 3 things to look at.")), "the time check to be met");
		driver.waitUntil(() -> problems().noneMatch(m -> m.contains("needs 60 minutes")), "the Problems view to drop it too");

		clickRow(trainings, TRAINING);
		driver.press(0, SWT.DEL);
		driver.waitUntil(() -> visibleLabel(trainings, t -> t.startsWith("All the training in the plan is legal staff training health staff")),
				"the warning under the list that all training now goes one way");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> !visibleLabel(trainings, t -> t.startsWith("All the training in the plan is")), "undo to bring back the balance");
	}

	@Test
	void aNewTrainingAsksWhoTeachesWhomHowAndWhatInsteadOfAssuming() throws Exception {
		openCopyOfSample(folder, "new-training.hjp");
		openStage("Identifying what you'll do together");
		clickTab("Training planner");
		Table trainings = driver.find(Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the planner's list");
		int before = driver.onUi(trainings::getItemCount);
		Button add = driver.onUi(() -> findIn(trainings.getParent().getParent(), Button.class, b -> b.getText().startsWith("Add")));
		driver.click(add);
		driver.waitUntil(() -> driver.onUi(trainings::getItemCount) == before + 1, "a new training in the list");
		for (String choice : List.of("direction", "mode", "contentKind")) {
			Combo combo = driver.find(Combo.class, c -> choice.equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible(), "the drop-down " + choice);
			driver.waitUntil(() -> driver.onUi(combo::getText).equals("Not chosen yet"), choice + " left for the user to choose, not " + driver.onUi(combo::getText));
		}
		driver.waitUntil(() -> visibleLabel(trainings, t -> t.contains("does not yet say who teaches whom")), "the check that asks who teaches whom");
		Combo direction = driver.find(Combo.class, c -> "direction".equals(c.getData(FieldsForm.FIELD_KEY)) && c.isVisible(), "the direction");
		assertTrue(driver.onUi(() -> Arrays.asList(direction.getItems()).contains("Both partners train together")), "training together is a direction");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> driver.onUi(trainings::getItemCount) == before, "one undo to take the new training away");
	}

	private java.util.stream.Stream<String> problems() {
		return driver.onUi(() -> workbench.context().get(LiveValidation.class).problems().stream().map(p -> p.message()).toList()).stream();
	}

	private void clickRow(Table table, String name) {
		TableItem row = driver.onUi(() -> Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow());
		driver.click(table, driver.onUi(() -> row.getBounds(0)), 1);
	}

	/** Whether a label or message line showing such text is visible in the window of {@code near}. */
	private boolean visibleLabel(Control near, Predicate<String> text) {
		return driver.onUi(() -> findIn(near.getShell(), Label.class, l -> l.isVisible() && isShowing(l) && text.test(l.getText())) != null
				|| findIn(near.getShell(), CLabel.class, l -> l.isVisible() && isShowing(l) && text.test(l.getText())) != null);
	}

	/** Opens the menu of the checks from their link, with the mouse, and chooses the one that says {@code says} with the keys. */
	private void goToCheck(Control near, String says) {
		Link link = driver.find(Link.class, l -> l.getShell() == near.getShell() && l.isVisible() && isShowing(l) && l.getText().contains("Go to a check"),
				"the link to the checks");
		int index = driver.onUi(() -> {
			MenuItem[] items = link.getMenu().getItems();
			for (int i = 0; i < items.length; i++) {
				if (items[i].getText().contains(says)) {
					return i;
				}
			}
			throw new AssertionError("No check that says " + says);
		});
		driver.click(link);
		driver.waitUntil(() -> driver.onUi(() -> link.getMenu().isVisible()), "the menu of the checks");
		for (int i = 0; i <= index; i++) {
			driver.press(0, SWT.ARROW_DOWN);
		}
		driver.press(0, SWT.CR);
	}

}
