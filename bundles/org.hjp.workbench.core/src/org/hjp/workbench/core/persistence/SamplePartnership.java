package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample: an invented partnership between a community legal centre and a regional hospital. */
public final class SamplePartnership {

	/** The file name under which the sample is copied for the user. */
	public static final String FILE_NAME = "Riverbend sample." + PartnershipFormat.FILE_EXTENSION;

	private static final String RESOURCE = "/sample/riverbend.hjp";

	private SamplePartnership() {
	}

	public static InputStream open() throws IOException {
		InputStream in = SamplePartnership.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IOException("The sample partnership is missing from the workbench's installation.");
		}
		return in;
	}

	/** Copies the sample into {@code folder} unless a copy is already there, and returns the copy. */
	public static Path copyInto(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path target = folder.resolve(FILE_NAME);
		if (!Files.exists(target)) {
			try (InputStream in = open()) {
				AtomicFileWriter.write(target, in::transferTo);
			}
		}
		return target;
	}
}
