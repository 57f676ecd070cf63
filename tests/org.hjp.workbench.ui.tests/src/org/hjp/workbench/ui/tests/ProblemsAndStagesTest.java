package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.hjp.workbench.ui.parts.StageNavigatorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** The Problems view leads to the item to fix; the stage order is the user's and is kept. */
class ProblemsAndStagesTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@AfterEach
	void resetStageOrder() throws Exception {
		registry().resetOrder();
	}

	@Test
	void doubleClickingAProblemSelectsTheItemInItsStage() throws Exception {
		revealTheTooLongTraining("problems-test.hjp");
	}

	@Test
	void aStageBehindAnotherTabShowsTheChecksOfChangesMadeMeanwhileOnceInSight() throws Exception {
		Text minutes = revealTheTooLongTraining("hidden-checks.hjp");
		openStage("Investigating needs and gaps");
		driver.waitUntil(() -> driver.onUi(() -> !minutes.isVisible()), "the activities stage to be behind the needs stage");
		driver.runOnUi(() -> {
			Training training = (Training) StageData.find(document().partnership(), ActivitiesPackage.Literals.ACTIVITY_PLAN)
					.map(plan -> ((ActivityPlan) plan).getActivities().stream().filter(a -> a.getName().startsWith("Trauma-informed practice"))
							.findFirst().orElseThrow()).orElseThrow();
			document().commandStack().execute(SetCommand.create(document().editingDomain(), training,
					ActivitiesPackage.Literals.TRAINING__MINUTES_NEEDED, training.getMinutesAvailable()));
		});
		Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
		driver.waitUntil(() -> row(problems, "needs 60 minutes") == null, "the check to pass, with the stage out of sight");

		clickTab("Identifying what you'll do together");
		driver.waitUntil(() -> driver.onUi(() -> minutes.isVisible()), "the same form back in sight");
		driver.waitUntil(() -> !explained(minutes, "needs 60 minutes"), "the explanation under the field gone once the stage is in sight");
	}

	@Test
	void aProblemLeadsToAFieldInSightAfterItsItemsFormWasPutAsideForAnotherKind() throws Exception {
		openCopyOfSample(folder, "put-aside.hjp");
		openStage("Identifying what you'll do together");
		Table activities = driver.find(Table.class, t -> "activities".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of activities");
		for (String activity : List.of("Trauma-informed practice with new parents", "Lawyer on site in the maternity unit")) {
			TableItem row = driver.onUi(() -> Arrays.stream(activities.getItems()).filter(i -> i.getText(0).equals(activity)).findFirst().orElseThrow());
			driver.click(activities, driver.onUi(() -> row.getBounds(0)), 1);
			driver.waitUntil(() -> driver.onUi(() -> findIn(shell(), Text.class, t -> t.isVisible() && activity.equals(t.getText())) != null), activity + "'s form");
		}
		Text minutes = revealTheTooLongTraining();
		assertTrue(driver.onUi(() -> isShowing(minutes)), "the focus is in a field in sight, not in the trainings' form put aside");
	}

	/** Double-clicks the sample's too-long training in the Problems view; returns the field it leads to. */
	private Text revealTheTooLongTraining(String fileName) throws Exception {
		openCopyOfSample(folder, fileName);
		return revealTheTooLongTraining();
	}

	private Text revealTheTooLongTraining() {
		Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
		driver.waitUntil(() -> row(problems, "needs 60 minutes") != null, "the too-long training in the Problems view");
		TableItem row = row(problems, "needs 60 minutes");
		driver.runOnUi(() -> problems.showItem(row));
		// GTK scrolls smoothly: click once the row has come to rest.
		var lastBounds = new java.util.concurrent.atomic.AtomicReference<org.eclipse.swt.graphics.Rectangle>();
		driver.waitUntil(() -> {
			var bounds = driver.onUi(() -> row.getBounds(1));
			return bounds.equals(lastBounds.getAndSet(bounds));
		}, "the row to scroll into view");
		driver.settle();
		driver.click(problems, driver.onUi(() -> row.getBounds(1)), 2);

		driver.waitUntil(() -> "minutesNeeded".equals(focusedField()), "the focus in the field the problem is about");
		Text minutes = (Text) driver.onUi(() -> workbench.display().getFocusControl());
		assertEquals("60", driver.text(minutes));
		CTabFolder pages = driver.find(CTabFolder.class, f -> f.getSelection() != null && "Training planner".equals(f.getSelection().getText()),
				"the training planner to be the page shown");
		Table trainings = driver.onUi(() -> (Table) Arrays.stream(((Composite) ((Composite) pages.getSelection().getControl()).getChildren()[0]).getChildren())
				.filter(Composite.class::isInstance).map(c -> findIn((Composite) c, Table.class, t -> true)).filter(t -> t != null).findFirst().orElseThrow());
		driver.waitUntil(() -> selectedName(trainings).startsWith("Trauma-informed practice"), "the training to be selected in the planner");
		driver.waitUntil(() -> explained(minutes, "needs 60 minutes"), "the check's explanation under the field");
		return minutes;
	}

	/** Whether a message under {@code field} shows this text. */
	private boolean explained(Text field, String text) {
		return driver.onUi(() -> Arrays.stream(field.getParent().getChildren())
				.anyMatch(c -> c instanceof CLabel line && line.isVisible() && line.getText().contains(text)));
	}

	@Test
	void stagesMoveWithTheKeyboardAndKeepTheirOrder() throws Exception {
		Table stages = driver.byKey(Table.class, StageNavigatorPart.TABLE_KEY, Boolean.TRUE);
		TableItem learning = driver.onUi(() -> Arrays.stream(stages.getItems()).filter(i -> i.getText(0).equals("Learning and evolving")).findFirst().orElseThrow());
		driver.click(stages, driver.onUi(() -> learning.getBounds(0)), 1);
		driver.press(SWT.ALT, SWT.ARROW_UP);
		driver.waitUntil(() -> labels(stages).indexOf("Learning and evolving") == 3, "Learning and evolving to move up a place");
		driver.press(SWT.ALT, SWT.ARROW_UP);
		driver.waitUntil(() -> labels(stages).indexOf("Learning and evolving") == 2, "Learning and evolving to move up another place");
		assertEquals(List.of("Partnership profile", "Investigating needs and gaps", "Learning and evolving",
				"Identifying what you'll do together", "Agreeing on how you'll work together"), labels(stages));
		assertEquals(labels(stages), registry().stages().stream().map(StageDescriptor::label).toList(), "the order is kept by the registry");
		assertEquals(5, registry().userOrder().size(), "and remembered as a preference");
	}

	@Test
	void aStageShowsItsChecklistAndTheUsersOwnMarkThatItIsDoneForNow() throws Exception {
		openCopyOfSample(folder, "marked.hjp");
		clickTab("Overview");
		Table stages = driver.byKey(Table.class, StageNavigatorPart.TABLE_KEY, Boolean.TRUE);
		driver.waitUntil(() -> driver.onUi(() -> SwtDriver.findIn(shell(), Label.class, l -> "org.hjp.workbench.stage.learning".equals(l.getData("hjp.completeness")))) != null,
				"the overview's stages at a glance");
		String checklist = driver.onUi(() -> SwtDriver.findIn(shell(), Label.class, l -> "org.hjp.workbench.stage.learning".equals(l.getData("hjp.completeness"))).getText());
		assertTrue(checklist.matches("\\d+ of \\d+ in place"), "the overview's checklist for Learning: " + checklist);
		String brief = checklist.replace(" in place", "");
		assertEquals(brief, progressOf(stages, "Learning and evolving"), "the Stages view says what the overview says");

		TableItem learning = driver.onUi(() -> Arrays.stream(stages.getItems()).filter(i -> i.getText(0).equals("Learning and evolving")).findFirst().orElseThrow());
		driver.click(stages, driver.onUi(() -> learning.getBounds(0)), 1);
		Button done = driver.find(Button.class, b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().replace("&", "").equals("Done for now"), "the check box");
		assertFalse(driver.onUi(done::getSelection));
		driver.click(done);
		driver.waitUntil(() -> progressOf(stages, "Learning and evolving").equals(brief + " \u2713"), "the user's mark in the Stages view");
		driver.waitUntil(() -> driver.onUi(() -> SwtDriver.findIn(shell(), Label.class, l -> "org.hjp.workbench.stage.learning".equals(l.getData("hjp.completeness")))
				.getText()).equals(checklist + "; marked done for now"), "the overview to show the checklist and the mark");

		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> progressOf(stages, "Learning and evolving").equals(brief), "undo to take the mark away");
		driver.waitUntil(() -> !driver.onUi(done::getSelection), "the check box to follow");
	}

	private String progressOf(Table stages, String stage) {
		return driver.onUi(() -> Arrays.stream(stages.getItems()).filter(i -> i.getText(0).equals(stage)).findFirst().orElseThrow().getText(1));
	}

	private StageRegistry registry() {
		var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		return context.getService(context.getServiceReference(StageRegistry.class));
	}

	private List<String> labels(Table table) {
		return driver.onUi(() -> Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
	}

	private TableItem row(Table table, String text) {
		return driver.onUi(() -> Arrays.stream(table.getItems()).filter(i -> i.getText(1).contains(text)).findFirst().orElse(null));
	}

	private String selectedName(Table table) {
		return driver.onUi(() -> {
			if (table.isDisposed() || table.getSelection().length == 0) {
				return "";
			}
			Object data = table.getSelection()[0].getData();
			return data instanceof Training training ? training.getName() : "";
		});
	}
}
