package org.hjp.workbench.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hjp.workbench.core.persistence.SamplePartnership;

/** Copies of the bundled sample partnership, for the command line to work on. */
final class SampleFile {

	private SampleFile() {
	}

	/** Writes the sample to {@code file} and returns it. */
	static Path copy(Path file) throws IOException {
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		return file;
	}
}
