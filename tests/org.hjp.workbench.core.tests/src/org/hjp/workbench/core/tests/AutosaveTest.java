package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.Autosave;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved changes are kept in an autosave beside the file, offered back after a crash, and removed on save. */
class AutosaveTest {

	@TempDir
	Path folder;

	private final PartnershipStore store = new PartnershipStore();

	@Test
	void unsavedChangesGoToTheAutosaveAndNotToTheFile() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		byte[] saved = Files.readAllBytes(file);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		document.autosave();
		assertFalse(Files.exists(Autosave.of(file)), "nothing to keep while nothing has changed");

		rename(document, "Renamed before the crash");
		document.autosave();
		assertArrayEquals(saved, Files.readAllBytes(file), "the file itself is untouched");
		Optional<Path> autosave = Autosave.newerThan(file);
		assertEquals(Optional.of(Autosave.of(file)), autosave);

		PartnershipDocument recovered = PartnershipDocument.recovered(store.load(autosave.get()), file);
		assertEquals("Renamed before the crash", recovered.partnership().getName());
		assertTrue(recovered.isDirty(), "recovered changes are unsaved until the user saves them");
		assertEquals(file, recovered.file().orElseThrow());

		recovered.save(store);
		assertFalse(Files.exists(Autosave.of(file)), "saving removes the autosave");
		assertEquals("Renamed before the crash", store.load(file).getContents().get(0).eGet(Literals.PARTNERSHIP__NAME));
	}

	@Test
	void anAutosaveOlderThanTheFileIsNotOffered() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		rename(document, "Changed");
		document.autosave();
		Files.setLastModifiedTime(Autosave.of(file), FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));
		assertEquals(Optional.empty(), Autosave.newerThan(file));
	}

	@Test
	void discardingRemovesTheAutosave() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		rename(document, "Changed");
		document.autosave();
		document.discardAutosave();
		assertEquals(Optional.empty(), Autosave.newerThan(file));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no autosave, no temporary file");
		}
	}

	private static void rename(PartnershipDocument document, String name) {
		document.commandStack().execute(SetCommand.create(document.editingDomain(), document.partnership(), Literals.PARTNERSHIP__NAME, name));
	}
}
