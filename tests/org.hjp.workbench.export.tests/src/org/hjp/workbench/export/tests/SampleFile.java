package org.hjp.workbench.export.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;

/** The bundled sample partnership, copied into a folder of the test's and read from there. */
final class SampleFile {

	private SampleFile() {
	}

	/** Reads the copy in {@code folder}, made the first time. */
	static Resource read(Path folder) throws Exception {
		Path file = folder.resolve("sample-source").resolve("Riverbend sample.hjp");
		Files.createDirectories(file.getParent());
		if (Files.notExists(file)) {
			try (InputStream in = SamplePartnership.open()) {
				Files.copy(in, file);
			}
		}
		return new PartnershipStore().load(file);
	}
}
