package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks through every stage of the sample partnership, tab by tab, as a user finding their way around would, in a
 * window the size of a small laptop's screen and of a common one, and keeps a screenshot of each in
 * target/screenshots/stages/WIDTHxHEIGHT for people to look at. What must be in sight is checked too: every tab of the
 * stage, every drop-down with its arrow, every button, and the overview's text, none running past the edge of the
 * area that shows it.
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
		CTabFolder parts = driver.find(CTabFolder.class, f -> f.getSelection() != null && "Overview".equals(f.getSelection().getText().replace("*", "")), "the overview");
		assertEquals(List.of(), driver.onUi(() -> cutOff(parts.getSelection().getControl(), Label.class)), "the overview at " + width + "x" + height);
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
				String where = stage + " > " + tab + " at " + width + "x" + height;
				assertEquals(List.of(), driver.onUi(() -> {
					List<String> cut = new ArrayList<>(cutOff(item.getControl(), Combo.class));
					cut.addAll(cutOff(item.getControl(), Button.class));
					Arrays.stream(pages.getItems()).filter(i -> !i.isShowing()).forEach(i -> cut.add("the tab " + i.getText() + " is hidden"));
					Control editors = pages.getParent();
					while (!(editors instanceof CTabFolder)) {
						editors = editors.getParent();
					}
					Arrays.stream(((CTabFolder) editors).getItems()).filter(i -> !i.isShowing()).forEach(i -> cut.add("the editor tab " + i.getText() + " is hidden"));
					return cut;
				}), where);
			}
		}
	}

	/**
	 * The controls of {@code type} shown in {@code area} that run past the edge of what shows them: the scroller they are
	 * in, or {@code area} itself. Call on the UI thread.
	 */
	private static <T extends Control> List<String> cutOff(Control area, Class<T> type) {
		List<String> cut = new ArrayList<>();
		collect(area, type, control -> {
			if (isShowing(control) && control.getSize().x > 0) {
				Control frame = control.getParent();
				while (frame != area && !(frame instanceof ScrolledComposite)) {
					frame = frame.getParent();
				}
				Rectangle shown = frame.getDisplay().map(frame, null, ((Composite) frame).getClientArea());
				Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
				// Across for all; down only outside a scroller, which scrolls to what is below.
				if (bounds.x + bounds.width > shown.x + shown.width + 1 || (!(frame instanceof ScrolledComposite) && bounds.y + bounds.height > shown.y + shown.height + 1)) {
					cut.add(type.getSimpleName() + " \u201c" + describe(control) + "\u201d ends at " + (bounds.x + bounds.width) + "," + (bounds.y + bounds.height)
							+ ", past " + (shown.x + shown.width) + "," + (shown.y + shown.height));
				}
			}
		});
		return cut;
	}

	private static String describe(Control control) {
		Object field = control.getData(FieldsForm.FIELD_KEY);
		return field != null ? field.toString() : control instanceof Button button ? button.getText() : control instanceof Label label ? label.getText() : control.toString();
	}

	private static <T extends Control> void collect(Control control, Class<T> type, java.util.function.Consumer<T> each) {
		if (type.isInstance(control)) {
			each.accept(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, each);
			}
		}
	}

	private void selectFirstRow(CTabItem item) {
		Table table = driver.onUi(() -> item.getControl() instanceof Composite page ? findIn(page, Table.class, t -> true) : null);
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
