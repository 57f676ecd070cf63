package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.assessment.UnusableInstrumentException;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.WriteProblems;
import org.hjp.workbench.export.PartnershipReader;

/**
 * Reads the files of a batch one by one, telling the progress to {@code progress} and each bad file on standard error;
 * a bad file never stops the rest.
 */
final class BatchReader {

	interface Action {
		void accept(Path file, Resource partnership) throws Exception;
	}

	private final PrintStream err;
	private final PrintStream progress;
	private int failures;

	BatchReader(PrintStream err, PrintStream progress) {
		this.err = err;
		this.progress = progress;
	}

	void forEach(List<Path> files, Action action) {
		int n = 0;
		for (Path file : files) {
			n++;
			if (files.size() > 1) {
				progress.println("[" + n + "/" + files.size() + "] " + file);
			}
			if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
				// A pipe or a device would keep the command waiting for as long as nothing is written to it.
				fail(file, "it is not a regular file (a pipe or a device), so it was not read.");
				continue;
			}
			try {
				action.accept(file, PartnershipReader.read(file));
			} catch (PartnershipFileException e) {
				fail(file, e.getMessage().substring(file.getFileName().toString().length() + 2));
			} catch (UnusableInstrumentException e) {
				fail(file, e.getMessage());
			} catch (OutOfMemoryError e) {
				fail(file, "there was not enough memory to deal with it; it was left out.");
			} catch (IOException e) {
				fail(file, WriteProblems.describe(e));
			} catch (UsageException e) {
				// What the file holds shows the command was written wrongly for it (a round it does not have): a usage mistake, said as one.
				throw e;
			} catch (Exception e) {
				// A library's message here would mean nothing to the user, and may quote the partnership: only its kind is said.
				fail(file, "something the command did not expect stopped it (" + e.getClass().getSimpleName() + "); nothing more was done for this file.");
			}
		}
	}

	void fail(Path file, String reason) {
		failures++;
		err.println("hjp: " + file + ": " + reason.replace('\n', ' '));
	}

	boolean hadFailures() {
		return failures > 0;
	}
}
