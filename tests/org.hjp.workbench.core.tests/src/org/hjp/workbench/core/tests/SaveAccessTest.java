package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.persistence.Autosave;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving keeps a file where and as it was: through a link the real file is saved (the link stays a link), a file
 * shared with a group stays shared, a new file gets the user's usual permissions and an autosave only the owner's.
 */
class SaveAccessTest {

	@TempDir
	Path folder;

	private final PartnershipStore store = new PartnershipStore();

	@Test
	void savingThroughALinkUpdatesTheRealFileAndKeepsTheLink() throws Exception {
		Path real = SamplePartnership.copyInto(Files.createDirectory(folder.resolve("shared")));
		byte[] before = Files.readAllBytes(real);
		Path link = Files.createSymbolicLink(folder.resolve("my plan.hjp"), real);
		Resource resource = store.load(link);
		((Partnership) resource.getContents().get(0)).setName("Saved through a link");

		store.save(resource, link);

		assertTrue(Files.isSymbolicLink(link), "the link is still a link");
		assertEquals(real, Files.readSymbolicLink(link));
		assertTrue(Files.readString(real).contains("Saved through a link"), "the real file has the change");
		Path backup = AtomicFileWriter.backupOf(real);
		assertTrue(Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS), "the backup is a file beside the real one");
		assertArrayEquals(before, Files.readAllBytes(backup));
		assertFalse(Files.exists(AtomicFileWriter.backupOf(link), LinkOption.NOFOLLOW_LINKS), "no backup beside the link");
	}

	@Test
	void aFileSharedWithAGroupStaysShared() throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		Object group = Files.getAttribute(file, "posix:group");

		store.save(store.load(file), file);

		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals(group, Files.getAttribute(file, "posix:group"));
	}

	@Test
	void aNewFileGetsTheUsersUsualPermissionsAndAnAutosaveOnlyTheOwners() throws Exception {
		Path usual = Files.createFile(folder.resolve("made as any file is"));
		Resource resource = store.load(SamplePartnership.copyInto(Files.createDirectory(folder.resolve("sample"))));

		Path saved = folder.resolve("new.hjp");
		store.save(resource, saved);
		assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(saved));

		Autosave.write(resource, saved);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Autosave.of(saved))));
	}
}
