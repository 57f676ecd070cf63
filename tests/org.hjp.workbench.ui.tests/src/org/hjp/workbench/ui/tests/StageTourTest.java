package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks through every stage of the sample partnership, tab by tab, as a user finding their way around would, in a
 * window the size of a small laptop's screen and of a common one, and keeps a screenshot of each in
 * target/screenshots/stages/WIDTHxHEIGHT for people to look at.
 */
class StageTourTest extends WorkbenchTest {

	private static final Map<String, List<String>> TABS = Map.of(
			"Partnership profile", List.of("Why this partnership", "Partners and people"),
			"Investigating needs and gaps", List.of("Needs and evidence", "Who the partnership is for", "Services people use", "Gaps", "Who works with whom"),
			"Identifying what you'll do together", List.of("Activities", "Training planner"),
			"Agreeing on how you'll work together", List.of("Governance", "Roles and contributions", "Information and privilege", "Meetings", "Review dates"),
			"Learning and evolving", List.of("Measures", "Reviews", "Assessments", "Managing change"));

	@TempDir
	Path folder;

	@Test
	void everyStageShowsItsOwnFormOnTheSmallestScreen() throws Exception {
		tour(1024, 700);
	}

	@Test
	void everyStageShowsItsOwnFormOnACommonLaptopScreen() throws Exception {
		tour(1366, 768);
	}

	private void tour(int width, int height) throws Exception {
		openCopyOfSample(folder, "tour.hjp");
		resizeWindow(width, height);
		Path shots = Path.of("target/screenshots/stages", width + "x" + height);
		clickTab("Overview");
		driver.settle();
		driver.screenshot(shots.resolve("0-Overview.png"), shell());
		int stageNumber = 0;
		for (String stage : List.of("Partnership profile", "Investigating needs and gaps", "Identifying what you'll do together",
				"Agreeing on how you'll work together", "Learning and evolving")) {
			stageNumber++;
			openStage(stage);
			CTabFolder pages = driver.find(CTabFolder.class, f -> hasPage(f, TABS.get(stage).get(0)), "the form of " + stage);
			assertEquals(TABS.get(stage), titles(pages), "the tabs of " + stage);
			int tabNumber = 0;
			for (String tab : TABS.get(stage)) {
				tabNumber++;
				clickTab(tab);
				CTabItem item = driver.onUi(() -> Arrays.stream(pages.getItems()).filter(i -> i.getText().equals(tab)).findFirst().orElseThrow());
				driver.waitUntil(() -> driver.onUi(() -> pages.getSelection() == item), tab + " to show");
				selectFirstRow(item);
				driver.settle();
				driver.screenshot(shots.resolve(stageNumber + "-" + tabNumber + "-" + tab.replaceAll("[^A-Za-z]+", "-") + ".png"), shell());
			}
		}
	}

	private void selectFirstRow(CTabItem item) {
		Table table = driver.onUi(() -> item.getControl() instanceof org.eclipse.swt.widgets.Composite page ? findIn(page, Table.class, t -> true) : null);
		if (table != null && driver.onUi(() -> table.getItemCount() > 0)) {
			driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(0)), 1);
			driver.waitUntil(() -> driver.onUi(() -> table.getSelectionCount() == 1), "the first row to be selected");
		}
	}

	private List<String> titles(CTabFolder folder) {
		return driver.onUi(() -> {
			List<String> titles = new ArrayList<>();
			for (CTabItem item : folder.getItems()) {
				titles.add(item.getText());
			}
			return titles;
		});
	}
}
