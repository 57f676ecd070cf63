package org.hjp.workbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.driver.UiStalls;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test (nothing is asserted, and the name keeps it out of the test run): {@code ./run-benchmarks} runs it to
 * measure, action by action, the longest time the UI thread keeps the user waiting, on the sample partnership
 * (the baseline), on a generated partnership of 10,000 objects and on one whose list of needs has 10,000 rows.
 * Writes one line per model, action and round ({@code hjp.benchmark.rounds}, 1 unless told) to the file named by
 * {@code hjp.benchmark.results}. The longest wait is
 * measured by {@link UiStalls}: how long the UI thread left a task posted to it waiting.
 */
class UiResponsivenessBenchmark extends WorkbenchTest {

	private static final String NEEDS = "Investigating needs and gaps";
	private static final String WARM_UP = "warm-up";

	@TempDir
	Path folder;

	private final List<String> lines = new ArrayList<>();
	/** The UI thread's stacks seen while it kept the user waiting, action by action: what to make faster next. */
	private final List<String> whereTheTimeWent = new ArrayList<>();
	private UiStalls stalls;

	@Test
	void measureTheLongestWaitOfEachOrdinaryAction() throws Exception {
		Path results = Path.of(System.getProperty("hjp.benchmark.results", "target/ui-responsiveness.tsv"));
		try (UiStalls probe = UiStalls.start(workbench.display())) {
			stalls = probe;
			lines.add("model\taction\tlongest wait ms\ttotal ms");
			// The first round loads and compiles the code of every action; only the rounds after it are compared.
			measure(WARM_UP, copyOfSample(folder, "warm-up.hjp"));
			Path sample = copyOfSample(folder, "sample.hjp");
			Path generated = saved(GeneratedPartnership.partnership(10_000), "generated-10k.hjp");
			Path longList = saved(GeneratedPartnership.withLongListOfNeeds(10_000), "needs-10k.hjp");
			// The models take turns, round after round, so that a noisy moment of the machine does not fall on one only.
			for (int round = 0; round < Integer.getInteger("hjp.benchmark.rounds", 1); round++) {
				measure("sample", sample);
				measure("10k objects", generated);
				measure("10,000-row list", longList);
			}
		} finally {
			Files.createDirectories(results.toAbsolutePath().getParent());
			Files.write(results, lines);
			Files.write(results.resolveSibling("ui-stall-stacks.txt"), whereTheTimeWent);
		}
	}

	private void measure(String model, Path file) throws Exception {
		action(model, "open the file", () -> openFile(file));
		driver.screenshot(Path.of("target/screenshots/responsiveness/" + file.getFileName() + "-1-opened.png"));
		action(model, "open the needs stage", () -> openStage(NEEDS));
		Table needs = driver.find(Table.class, t -> "needs".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of needs");
		action(model, "select the first need", () -> driver.click(needs, driver.onUi(() -> needs.getItem(0).getBounds(0)), 1));
		action(model, "go to the end of the list", () -> driver.press(0, SWT.END));
		action(model, "page up", () -> driver.press(0, SWT.PAGE_UP));
		action(model, "go to the top of the list", () -> driver.press(0, SWT.HOME));
		action(model, "next item (Down)", () -> driver.press(0, SWT.ARROW_DOWN));
		action(model, "previous item (Up)", () -> driver.press(0, SWT.ARROW_UP));
		Text name = driver.find(Text.class, t -> "name".equals(t.getData(FieldsForm.FIELD_KEY)) && t.isVisible(), "the need's name field");
		driver.click(name);
		action(model, "type a letter in the name", () -> driver.type("x"));
		action(model, "undo", () -> driver.press(SWT.MOD1, 'z'));
		action(model, "redo", () -> driver.press(SWT.MOD1, 'y'));
		action(model, "sort by name", () -> driver.click(needs, driver.onUi(() -> {
			var bounds = needs.getItem(0).getBounds(0);
			// On GTK the header lies above the first row, outside the rows' coordinates.
			return new org.eclipse.swt.graphics.Rectangle(bounds.x, bounds.y - needs.getHeaderHeight(), bounds.width, needs.getHeaderHeight());
		}), 1));
		action(model, "add a need (Insert)", () -> {
			driver.click(needs, driver.onUi(() -> needs.getItem(0).getBounds(0)), 1);
			driver.press(0, SWT.INSERT);
		});
		driver.screenshot(Path.of("target/screenshots/responsiveness/" + file.getFileName() + "-2-needs.png"));
		action(model, "save (Ctrl+S)", () -> driver.press(SWT.MOD1, 's'));
		action(model, "open the activities stage", () -> openStage("Identifying what you'll do together"));
		action(model, "open the learning stage", () -> openStage("Learning and evolving"));
		driver.screenshot(Path.of("target/screenshots/responsiveness/" + file.getFileName() + "-3-learning.png"));
	}

	/** Runs one action as a user would and records the longest wait it caused, checks after changes included. */
	private void action(String model, String action, ThrowingRunnable run) throws Exception {
		quiet();
		stalls.reset();
		long start = System.nanoTime();
		run.run();
		quiet();
		double total = (System.nanoTime() - start) / 1e6;
		lines.add(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%.0f", model, action, stalls.longestMillis(), total));
		whereTheTimeWent.add(model + ": " + action);
		stalls.stacksSeen(6).forEach(stack -> whereTheTimeWent.add("    " + stack));
	}

	/** Waits past the delay of the checks that follow a change, and for the UI thread to have nothing left to do. */
	private void quiet() throws InterruptedException {
		Thread.sleep(400);
		driver.settle();
	}

	private Path saved(Partnership partnership, String name) throws Exception {
		return GeneratedPartnership.save(partnership, folder.resolve(name));
	}

	@FunctionalInterface
	private interface ThrowingRunnable {
		void run() throws Exception;
	}
}
