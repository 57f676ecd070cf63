package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.hjp.workbench.ui.parts.StageEditorPart;
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
		openCopyOfSample(folder, "problems-test.hjp");
		Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
		driver.waitUntil(() -> row(problems, "needs 60 minutes") != null, "the too-long training in the Problems view");
		TableItem row = row(problems, "needs 60 minutes");
		driver.click(problems, driver.onUi(() -> row.getBounds(1)), 2);

		Tree tree = driver.byKey(Tree.class, StageEditorPart.TREE_KEY, "org.hjp.workbench.stage.activities");
		driver.waitUntil(() -> selectedName(tree).startsWith("Trauma-informed practice"), "the training to be selected in its stage");
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

	private String selectedName(Tree tree) {
		return driver.onUi(() -> {
			if (tree.isDisposed() || tree.getSelection().length == 0) {
				return "";
			}
			Object data = tree.getSelection()[0].getData();
			return data instanceof Training training ? training.getName() : "";
		});
	}
}
