package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Check for Updates and Go Back to the Previous Version, from the keyboard, in a workbench that was not installed
 * (the tests' runtime has no installation record): each says so plainly, and the partnership is untouched. (Updating
 * and going back in an installed product are the end-to-end test's: releng/scripts/update-e2e.sh.)
 */
class UpdatesMenuTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void updatesInAWorkbenchThatWasNotInstalledAreExplained() throws Exception {
		openCopyOfSample(folder, "updates.hjp");
		driver.press(SWT.ALT, 'h');
		driver.press(0, 'u');
		Shell updates = dialog("Updates");
		assertTrue(labels(updates).contains("started without its installation record"), labels(updates));
		driver.screenshot(Path.of("target/screenshots/updates/not-installed.png"));
		clickButton(updates, "OK");

		driver.press(SWT.ALT, 'h');
		driver.press(0, 'b');
		Shell back = dialog("Go back to the previous version");
		assertTrue(labels(back).contains("started without its installation record"), labels(back));
		clickButton(back, "OK");
		assertTrue(document() != null && !document().isDirty(), "the partnership is untouched");
	}
}
