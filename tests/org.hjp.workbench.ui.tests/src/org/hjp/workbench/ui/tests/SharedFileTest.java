package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.persistence.PartnershipLock;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.ui.session.DocumentActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partnership file shared with colleagues (a shared or synced folder): one held open elsewhere is offered
 * read-only, and one changed on disk since it was opened is never silently saved over.
 */
class SharedFileTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void aFileOpenElsewhereCanBeOpenedReadOnlyAndCannotBeChanged() throws Exception {
		Path file = copyOfSample(folder, "shared.hjp");
		Files.writeString(PartnershipLock.of(file), "jane\nlaptop-3\n4242\n" + Instant.now() + "\n");

		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), file));
		Shell question = dialog("Someone has this partnership open");
		assertTrue(labels(question).contains("\u201cshared.hjp\u201d is open in the workbench of jane on laptop-3, since "), labels(question));
		driver.screenshot(Path.of("target/screenshots/shared-file/1-open-elsewhere.png"));
		clickButton(question, "Open Read-Only");
		driver.waitUntil(() -> document() != null && document().file().map(file::equals).orElse(false), "the file to open");
		driver.waitUntil(() -> title().equals("shared.hjp (read-only)" + TITLE_END), "a title saying it is read-only");

		boolean changed = driver.onUi(() -> {
			Command rename = SetCommand.create(document().editingDomain(), document().partnership(), PartnershipPackage.Literals.PARTNERSHIP__NAME, "Mine");
			return rename.canExecute();
		});
		assertFalse(changed, "a read-only partnership takes no change");
		assertEquals("jane", Files.readAllLines(PartnershipLock.of(file)).get(0), "the other workbench's note stays");
	}

	@Test
	void aFileOpenHereIsNotedBesideItUntilItIsClosed() throws Exception {
		Path file = openCopyOfSample(folder, "mine.hjp");
		assertTrue(Files.exists(PartnershipLock.of(file)), "a note beside the file says it is open here");
		assertTrue(PartnershipLock.heldByOther(file).isEmpty(), "this workbench does not warn itself");
		driver.press(SWT.MOD1, 'w');
		driver.waitUntil(() -> document() == null, "the partnership to close");
		assertFalse(Files.exists(PartnershipLock.of(file)), "closing removes the note");
	}

	@Test
	void savingOverAFileChangedOnDiskKeepsTheirVersionAsACopy() throws Exception {
		Path file = openCopyOfSample(folder, "synced.hjp");
		rename("My change");
		String theirs = changeOnDisk(file);

		driver.press(SWT.MOD1, 's');
		Shell question = dialog("The file was changed by someone else");
		driver.screenshot(Path.of("target/screenshots/shared-file/2-changed-on-disk.png"));
		clickButton(question, "Save Mine, Keep Theirs");
		driver.waitUntil(() -> !title().startsWith("*"), "the save");
		assertTrue(Files.readString(file).contains("My change"), "the file has my change");
		Path copy = onlyCopy("synced (their changes ");
		assertEquals(theirs, Files.readString(copy), "their version is kept whole");
	}

	@Test
	void openingTheirVersionKeepsMineAsACopy() throws Exception {
		Path file = openCopyOfSample(folder, "synced.hjp");
		rename("My change");
		String theirs = changeOnDisk(file);

		driver.press(SWT.MOD1, 's');
		clickButton(dialog("The file was changed by someone else"), "Open Theirs, Keep Mine");
		driver.waitUntil(() -> document() != null && "Their change".equals(document().partnership().getName()), "their version to open");
		assertEquals(theirs, Files.readString(file), "their file is not touched");
		assertTrue(Files.readString(onlyCopy("synced (my changes ")).contains("My change"), "my version is kept as a copy");
	}

	private void rename(String name) {
		driver.runOnUi(() -> document().commandStack().execute(SetCommand.create(document().editingDomain(), document().partnership(),
				PartnershipPackage.Literals.PARTNERSHIP__NAME, name)));
		driver.waitUntil(() -> title().startsWith("*"), "the dirty marker");
	}

	/** Changes the partnership's name in the file as a colleague's workbench would, and returns the file's new content. */
	private static String changeOnDisk(Path file) throws Exception {
		String theirs = Files.readString(file).replace("name=\"Riverbend Health Justice Partnership\"", "name=\"Their change\"");
		Files.writeString(file, theirs);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		return theirs;
	}

	private Path onlyCopy(String prefix) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> copies = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
			assertEquals(1, copies.size(), () -> "copies: " + copies);
			return copies.get(0);
		}
	}
}
