package org.hjp.workbench.export.tests;

import java.util.List;

import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.tests.generator.Services;

/** The stages of the test runtime, once all five built-in ones have come. */
final class InstalledStages {

	private static final int BUILT_IN = 5;
	private static final long WAIT_MS = 10_000;

	private InstalledStages() {
	}

	static List<StageDescriptor> all() throws InterruptedException {
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
}
