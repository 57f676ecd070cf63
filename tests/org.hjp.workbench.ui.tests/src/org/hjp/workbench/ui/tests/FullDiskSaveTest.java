package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.tests.generator.SmallDisk;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Save onto a real disk with no space left: the user is told in plain words and keeps the change. */
class FullDiskSaveTest extends WorkbenchTest {

	@TempDir
	Path mountPoint;

	@Test
	void savingOntoAFullDiskSaysSoAndTheChangeStaysToSaveOnceThereIsRoom() throws Exception {
		if (!SmallDisk.available()) {
			if (SmallDisk.required()) {
				fail("HJP_ROOT_TESTS=required: this test must mount a small disk, which needs root; this run is not root");
			}
			Assumptions.abort("mounting a small disk needs root");
		}
		try (SmallDisk disk = SmallDisk.mount(mountPoint, 2 * 1024 * 1024)) {
			Path file = openCopyOfSample(disk.root(), "full-disk.hjp");
			byte[] before = Files.readAllBytes(file);
			driver.runOnUi(() -> {
				PartnershipDocument document = document();
				document.commandStack().execute(SetCommand.create(document.editingDomain(), document.partnership(),
						Literals.PARTNERSHIP__NAME, "Renamed on a full disk"));
			});
			driver.waitUntil(() -> title().startsWith("*"), "the dirty marker");
			disk.fill();

			driver.press(SWT.MOD1, 's');
			Shell error = dialog("Could not save the partnership");
			driver.find(Label.class, l -> l.getShell() == error && l.getText().equals("full-disk.hjp: the disk is full. "
					+ "Nothing was changed on disk; free some space and save again.\n\nYour changes are still open in the workbench."),
					"the message that the disk is full");
			driver.screenshot(Path.of("target/screenshots/full-disk/1-error.png"));
			clickButton(error, "OK");
			driver.waitUntil(() -> driver.onUi(error::isDisposed), "the message to close");
			assertTrue(title().startsWith("*"), "still marked as unsaved");
			assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is as it was");

			disk.free();
			driver.press(SWT.MOD1, 's');
			driver.waitUntil(() -> !title().startsWith("*"), "the dirty marker to go once there is room");
			assertTrue(Files.readString(file).contains("Renamed on a full disk"));
			driver.runOnUi(() -> workbench.context().get(CurrentPartnership.class).set(null));
		}
	}
}
