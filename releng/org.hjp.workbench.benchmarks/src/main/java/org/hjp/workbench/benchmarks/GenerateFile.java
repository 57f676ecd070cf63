package org.hjp.workbench.benchmarks;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.tests.generator.GeneratedPartnership;

/** Writes a generated partnership of about the given number of objects: {@code GenerateFile 10000 plan.hjp}. */
public final class GenerateFile {

	private GenerateFile() {
	}

	public static void main(String[] args) throws Exception {
		Workbench.registerPackages();
		Path file = Path.of(args[1]).toAbsolutePath();
		new PartnershipStore().save(GeneratedPartnership.create(Integer.parseInt(args[0]), URI.createFileURI(file.toString())), file);
	}
}
