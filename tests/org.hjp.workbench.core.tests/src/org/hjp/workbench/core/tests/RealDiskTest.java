package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.tests.generator.SmallDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving onto a real disk that is full, and onto one that is read-only: the operating system's own errors,
 * not injected ones. The message is plain, the file and its backup are untouched, no temporary file is left
 * and the change is still there to save once there is room.
 */
class RealDiskTest {

	@TempDir
	Path mountPoint;

	private final PartnershipStore store = new PartnershipStore();
	private SmallDisk disk;
	private Path file;
	private PartnershipDocument document;

	@BeforeEach
	void mountASmallDiskHoldingASavedPartnership() throws IOException {
		if (!SmallDisk.available()) {
			if (SmallDisk.required()) {
				fail("HJP_ROOT_TESTS=required: these tests must mount a small disk, which needs root; this run is not root");
			}
			Assumptions.abort("mounting a small disk needs root");
		}
		disk = SmallDisk.mount(mountPoint, 2 * 1024 * 1024);
		file = SamplePartnership.copyInto(disk.root());
		document = PartnershipDocument.opened(store.load(file), file);
		rename("First save");
		document.save(store);
		rename("Changed after the first save");
	}

	@AfterEach
	void unmount() throws IOException {
		if (disk != null) {
			disk.close();
		}
	}

	@Test
	void aFullDiskKeepsTheFileAndTheBackupAndTheChangeToSaveLater() throws IOException {
		byte[] saved = Files.readAllBytes(file);
		byte[] backup = Files.readAllBytes(AtomicFileWriter.backupOf(file));
		List<String> filesBefore = disk.files();
		disk.fill();

		PartnershipFileException e = assertThrows(PartnershipFileException.class, () -> document.save(store));
		assertEquals(file.getFileName() + ": the disk is full. Nothing was changed on disk; free some space and save again.", e.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertArrayEquals(backup, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
		assertEquals(filesBefore, disk.files(), "no temporary file left behind");
		assertTrue(document.isDirty());

		disk.free();
		document.save(store);
		assertFalse(document.isDirty());
		assertEquals("Changed after the first save", PartnershipDocument.opened(store.load(file), file).partnership().getName());
		assertArrayEquals(saved, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "the backup is now the save before");
	}

	@Test
	void aReadOnlyDiskKeepsTheFileAndSaysToSaveElsewhere() throws IOException {
		byte[] saved = Files.readAllBytes(file);
		List<String> filesBefore = disk.files();
		disk.makeReadOnly();

		PartnershipFileException e = assertThrows(PartnershipFileException.class, () -> document.save(store));
		assertEquals(file.getFileName() + ": you cannot write to that folder (it is read-only or you lack permission). "
				+ "Nothing was changed on disk; save somewhere else.", e.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertEquals(filesBefore, disk.files());
		assertTrue(document.isDirty());
		assertEquals("First save", PartnershipDocument.opened(store.load(file), file).partnership().getName(),
				"a read-only file still opens");
	}

	@Test
	void anAutosaveOntoAFullDiskFailsWithoutTouchingTheFile() throws IOException {
		byte[] saved = Files.readAllBytes(file);
		List<String> filesBefore = disk.files();
		disk.fill();

		assertThrows(IOException.class, document::autosave);
		assertArrayEquals(saved, Files.readAllBytes(file));
		assertEquals(filesBefore, disk.files());
	}

	private void rename(String name) {
		document.commandStack().execute(SetCommand.create(document.editingDomain(), document.partnership(), Literals.PARTNERSHIP__NAME, name));
	}
}
