package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.sharing.CopyNotUpdatedException;
import org.hjp.workbench.sharing.MergingSave;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.WorkingCopies;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file as a copy of the repository's partnership: changes saved but not sent are remembered beside it until a save
 * finds nothing left to send; a file that cannot be brought up to date after the repository took a version says so,
 * with the version, and the repository keeps it.
 */
class WorkingCopiesTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@TempDir
	Path folder;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("legal", "Riverbend Legal Centre").member("maria", "legal", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void unsentChangesAreRememberedUntilASaveFindsNothingToSend() throws Exception {
		try (SharedRepository maria = repositories.as("maria")) {
			maria.publish("unsent", "Unsent", Sample.version());
			Path file = folder.resolve("unsent.hjp");
			WorkingCopies.pull(maria, "unsent", OptionalInt.empty(), file);
			WorkingCopy copy = WorkingCopy.of(file).orElseThrow();
			assertFalse(copy.unsent());
			copy.withUnsentChanges().writeFor(file);
			assertTrue(WorkingCopy.of(file).orElseThrow().unsent(), "kept on disk");

			Resource mine = PartnershipBytes.load(Files.readAllBytes(file), "mine");
			MergingSave.Outcome outcome = WorkingCopies.save(maria, file, WorkingCopy.of(file).orElseThrow(), mine, null);
			assertInstanceOf(MergingSave.Outcome.Unchanged.class, outcome);
			assertEquals(new WorkingCopy(copy.repository(), "unsent", 1, false), WorkingCopy.of(file).orElseThrow(), "nothing is left to send");
		}
	}

	@Test
	void aFileThatCannotBeBroughtUpToDateSaysTheVersionTheRepositoryHas() throws Exception {
		try (SharedRepository maria = repositories.as("maria")) {
			Path file = folder.resolve("blocked.hjp");
			Files.write(file, Sample.version());
			// The record is written beside the file through a partial file: a folder in its place stops it, whoever runs the test.
			Files.createDirectories(WorkingCopy.recordOf(file).resolveSibling(WorkingCopy.recordOf(file).getFileName() + ".part").resolve("in-the-way"));
			Resource mine = PartnershipBytes.load(Files.readAllBytes(file), "mine");
			((org.eclipse.emf.ecore.xmi.XMLResource) mine).setID(mine.getContents().get(0), "blocked");
			Files.write(file, PartnershipBytes.of(mine, "blocked.hjp"));

			CopyNotUpdatedException notUpdated = assertThrows(CopyNotUpdatedException.class, () -> WorkingCopies.publish(maria, file, mine));
			assertEquals(1, notUpdated.version());
			assertTrue(notUpdated.getMessage().startsWith("The repository has it as version 1, but blocked.hjp on this computer could not be brought up to date ("),
					notUpdated.getMessage());
			assertEquals(1, maria.read("blocked", OptionalInt.empty()).version(), "the repository keeps it");
		}
	}
}
