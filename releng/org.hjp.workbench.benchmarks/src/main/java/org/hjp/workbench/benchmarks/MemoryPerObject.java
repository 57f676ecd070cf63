package org.hjp.workbench.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.tests.generator.GeneratedPartnership;

/**
 * Heap taken by an opened partnership, per object, for each size, opened from XMI (with its identifiers) and
 * from the binary format. Writes one tab-separated line per size and format to the file given.
 */
public final class MemoryPerObject {

	private MemoryPerObject() {
	}

	public static void main(String[] args) throws IOException, PartnershipFileException {
		Path out = Path.of(args[0]);
		Workbench.registerPackages();
		Path folder = Workbench.scratchFolder();
		try (PrintStream lines = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
			lines.println("objects\tformat\tbytes per object\tfile bytes");
			for (int size : new int[] { 1_000, 10_000, 100_000 }) {
				Path xmi = folder.resolve(size + ".hjp");
				Path binary = folder.resolve(size + ".bin");
				Resource generated = GeneratedPartnership.create(size, URI.createFileURI(xmi.toString()));
				int count = GeneratedPartnership.count(generated.getContents().get(0));
				new PartnershipStore().save(generated, xmi);
				Workbench.copyToBinary(generated, binary);
				generated = null;
				long before = usedAfterGc();
				Resource fromXmi = new PartnershipStore().load(xmi);
				long xmiBytes = usedAfterGc() - before;
				lines.printf("%d\txmi\t%d\t%d%n", count, xmiBytes / count, Files.size(xmi));
				fromXmi.unload();
				fromXmi = null;
				before = usedAfterGc();
				Resource fromBinary = Workbench.readBinary(binary);
				long binaryBytes = usedAfterGc() - before;
				lines.printf("%d\tbinary\t%d\t%d%n", count, binaryBytes / count, Files.size(binary));
				keep(fromBinary);
			}
		} finally {
			Workbench.delete(folder);
		}
	}

	private static long usedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 4; i++) {
			System.gc();
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Keeps the resource reachable until after the measurement. */
	private static void keep(Resource resource) {
		if (resource.getContents().isEmpty()) {
			throw new IllegalStateException("The binary copy is empty.");
		}
	}
}
