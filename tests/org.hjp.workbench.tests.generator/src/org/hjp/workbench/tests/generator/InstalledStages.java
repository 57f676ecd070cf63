package org.hjp.workbench.tests.generator;

import java.util.List;

import org.hjp.workbench.core.documents.StageDocumentsRegistry;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;

/** The stages of the test runtime, once all five built-in ones have come. */
public final class InstalledStages {

	private static final int BUILT_IN = 5;
	private static final long WAIT_MS = 10_000;

	private InstalledStages() {
	}

	/** The installed stages in the user's order, after waiting up to 10 s for the built-in ones, which DS registers as their bundles start. */
	public static List<StageDescriptor> all() throws InterruptedException {
		StageRegistry registry = Services.get(StageRegistry.class);
		long deadline = System.currentTimeMillis() + WAIT_MS;
		while (registry.stages().size() < BUILT_IN && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		if (registry.stages().size() < BUILT_IN) {
			throw new AssertionError("Only " + registry.stages().size() + " stages within " + WAIT_MS / 1000 + " s");
		}
		return registry.stages();
	}

	/** The stages' contributions to documents, after waiting up to 10 s for those of the built-in stages. */
	public static StageDocumentsRegistry documents() throws InterruptedException {
		all();
		StageDocumentsRegistry documents = Services.get(StageDocumentsRegistry.class);
		long deadline = System.currentTimeMillis() + WAIT_MS;
		while (documents.contributions().size() < BUILT_IN && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		if (documents.contributions().size() < BUILT_IN) {
			throw new AssertionError("Only " + documents.contributions().size() + " stages' documents within " + WAIT_MS / 1000 + " s");
		}
		return documents;
	}
}
