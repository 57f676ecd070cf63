package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.PartnershipLock;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who else has a partnership open, and whether its file changed on disk since it was opened or saved here. */
class FileSharingTest {

	@TempDir
	Path folder;

	private final PartnershipStore store = new PartnershipStore();

	@Test
	void aNoteFromAnotherComputerHoldsTheFileAndOneLeftByAStoppedWorkbenchHereDoesNot() throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipLock.take(file);
		List<String> mine = Files.readAllLines(PartnershipLock.of(file));
		assertTrue(PartnershipLock.heldByOther(file).isEmpty(), "this workbench's own note");

		Files.writeString(PartnershipLock.of(file), "jane\nlaptop-3\n4242\n2026-12-01T09:00:00Z\n");
		PartnershipLock.Holder jane = PartnershipLock.heldByOther(file).orElseThrow();
		assertEquals("jane", jane.user());
		assertEquals(Instant.parse("2026-12-01T09:00:00Z"), jane.since());
		PartnershipLock.release(file);
		assertTrue(Files.exists(PartnershipLock.of(file)), "another's note is not removed");

		Files.writeString(PartnershipLock.of(file), "me\n" + mine.get(1) + "\n" + Long.MAX_VALUE + "\n2026-12-01T09:00:00Z\n");
		assertTrue(PartnershipLock.heldByOther(file).isEmpty(), "a note left by a workbench that stopped on this computer");
		Files.writeString(PartnershipLock.of(file), "not a note");
		assertTrue(PartnershipLock.heldByOther(file).isEmpty(), "something else by that name");
	}

	@Test
	void aFileChangedOnDiskIsToldFromOneOnlyTouched() throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		assertFalse(document.changedOnDisk());

		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
		assertFalse(document.changedOnDisk(), "touched, same content");

		Files.writeString(file, Files.readString(file).replace("Riverbend Health Justice Partnership", "Changed elsewhere"));
		assertTrue(document.changedOnDisk(), "someone else's change");

		document.save(store);
		assertFalse(document.changedOnDisk(), "saving here makes the file this document's again");
	}

	@Test
	void aReadOnlyDocumentIsNotSavedOverButCanBeSavedAsANewFileOfItsOwn() throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		document.setReadOnly();
		assertTrue(document.isReadOnly());
		assertEquals(file.getFileName() + ": it was opened read-only, so it is not saved over. Save it under another name.",
				org.junit.jupiter.api.Assertions.assertThrows(org.hjp.workbench.core.persistence.PartnershipFileException.class,
						() -> document.save(store)).getMessage());

		Path copy = folder.resolve("my copy.hjp");
		document.saveAs(store, copy);
		assertFalse(document.isReadOnly(), "the copy is the user's own");
		assertTrue(Files.exists(PartnershipLock.of(copy)), "and noted as open here");
		document.dispose();
		assertFalse(Files.exists(PartnershipLock.of(copy)), "until it is closed");
	}
}
