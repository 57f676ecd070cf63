package org.hjp.workbench.mou.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;

/** A fresh copy of the bundled sample, read from a folder of the test's. */
final class Samples {

	private Samples() {
	}

	static Resource copy(Path folder) throws Exception {
		Path file = folder.resolve("sample-" + System.nanoTime() + ".hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file);
		}
		return new PartnershipStore().load(file);
	}
}
