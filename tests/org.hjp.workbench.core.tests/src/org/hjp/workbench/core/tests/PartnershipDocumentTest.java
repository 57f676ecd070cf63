package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipResource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.PartnershipPackage.Literals;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipDocumentTest {

	@TempDir
	Path folder;

	private final PartnershipStore store = new PartnershipStore();

	/** What a progress window shows while a file is opened: its bar fills as the file is read, and is full at the end. */
	@Test
	void readingTellsTheMonitorHowFarItHasCome() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		AtomicLong total = new AtomicLong();
		List<Long> done = new ArrayList<>();
		store.load(file, new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				total.set(totalWork);
			}

			@Override
			public void worked(int work) {
				done.add((done.isEmpty() ? 0 : done.get(done.size() - 1)) + work);
			}
		});
		assertTrue(total.get() > 0);
		assertTrue(done.size() > 1, "told more than once: " + done);
		assertEquals(total.get(), done.get(done.size() - 1));
	}

	/** The progress window's Cancel while a file is being read. */
	@Test
	void readingStopsWhenTheMonitorIsCancelled() throws IOException {
		Path file = GeneratedPartnership.save(GeneratedPartnership.partnership(2_000), folder.resolve("big.hjp"));
		AtomicLong bytesRead = new AtomicLong();
		NullProgressMonitor cancelledAfterFirstRead = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				bytesRead.addAndGet(work);
				setCanceled(true);
			}
		};
		assertThrows(OperationCanceledException.class, () -> store.load(file, cancelledAfterFirstRead));
		assertTrue(bytesRead.get() < Files.size(file), bytesRead.get() + " of " + Files.size(file) + " bytes read");
	}

	@Test
	void editsAreCommandsThatMakeTheDocumentDirtyUntilSaved() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		AtomicInteger notifications = new AtomicInteger();
		document.addListener(d -> notifications.incrementAndGet());
		assertFalse(document.isDirty());

		document.commandStack().execute(SetCommand.create(document.editingDomain(), document.partnership(), Literals.PARTNERSHIP__NAME, "Renamed"));
		assertTrue(document.isDirty());
		document.commandStack().undo();
		assertFalse(document.isDirty());
		assertEquals("Riverbend Health Justice Partnership", document.partnership().getName());
		document.commandStack().redo();
		assertEquals("Renamed", document.partnership().getName());

		document.save(store);
		assertFalse(document.isDirty());
		assertTrue(notifications.get() >= 4);
		assertEquals("Renamed", PartnershipDocument.opened(store.load(file), file).partnership().getName());
		assertTrue(Files.readString(AtomicFileWriter.backupOf(file)).contains("Riverbend Health Justice Partnership"));
	}

	@Test
	void aChangeMadeWhileTheContentIsWrittenIsNotTakenForSaved() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		rename(document, "Saved name");
		PartnershipDocument.Save save = document.startSave(store, file);
		rename(document, "Later name");
		save.write();
		save.finish();

		assertEquals("Saved name", store.load(file).getContents().get(0).eGet(Literals.PARTNERSHIP__NAME), "the file holds what was taken");
		assertTrue(document.isDirty(), "the later change is still to be saved");
		document.save(store);
		assertFalse(document.isDirty());
		assertEquals("Later name", store.load(file).getContents().get(0).eGet(Literals.PARTNERSHIP__NAME));
	}

	@Test
	void aSaveWrittenFromAnotherThreadIsSavedOnceFinished() throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		rename(document, "Written elsewhere");
		PartnershipDocument.Save save = document.startSave(store, file);
		Thread writer = new Thread(() -> {
			try {
				save.write();
			} catch (PartnershipFileException e) {
				throw new AssertionError(e);
			}
		});
		writer.start();
		writer.join();
		assertTrue(document.isDirty(), "not saved until finished");
		save.finish();
		assertFalse(document.isDirty());
		assertEquals("Written elsewhere", store.load(file).getContents().get(0).eGet(Literals.PARTNERSHIP__NAME));
	}

	private static void rename(PartnershipDocument document, String name) {
		document.commandStack().execute(SetCommand.create(document.editingDomain(), document.partnership(), Literals.PARTNERSHIP__NAME, name));
	}

	@Test
	void aNewPartnershipHasItsTwoLeadOrganisationsAndNeedsAFile() throws IOException {
		PartnershipDocument document = NewPartnership.create(" Eastside HJP ", "Eastside Legal", "Eastside Health");
		assertEquals("Eastside HJP", document.partnership().getName());
		assertEquals(Sector.LEGAL, document.partnership().getOrganisations().get(0).getSector());
		assertEquals(Sector.HEALTH, document.partnership().getOrganisations().get(1).getSector());
		assertTrue(document.isDirty());
		assertTrue(document.file().isEmpty());
		assertThrows(IllegalStateException.class, () -> document.save(store));
		Path file = folder.resolve("eastside.hjp");
		document.saveAs(store, file);
		assertFalse(document.isDirty());
		assertEquals(file, document.file().orElseThrow());
		assertEquals("eastside.hjp", document.displayName());
	}

	@Test
	void aSaveThatFailsHalfWayKeepsTheOldFileAndTheDocumentDirty() throws IOException {
		Path file = SamplePartnership.copyInto(folder);
		byte[] before = Files.readAllBytes(file);
		PartnershipResource failing = new PartnershipResource(URI.createFileURI(file.toString())) {
			@Override
			public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
				out.write(new byte[50_000]);
				throw new IOException("No space left on device");
			}
		};
		PartnershipFormat.newResourceSet().getResources().add(failing);
		failing.getContents().addAll(store.load(file).getContents());
		PartnershipDocument document = PartnershipDocument.opened(failing, file);
		document.commandStack().execute(SetCommand.create(document.editingDomain(), document.partnership(), Literals.PARTNERSHIP__NAME, "Changed"));

		PartnershipFileException e = assertThrows(PartnershipFileException.class, () -> document.save(store));
		assertEquals(file.getFileName() + ": the disk is full. Nothing was changed on disk; free some space and save again.", e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(document.isDirty(), "the unsaved change is still there to save again");
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file and no backup from a failed save");
		}
	}
}
