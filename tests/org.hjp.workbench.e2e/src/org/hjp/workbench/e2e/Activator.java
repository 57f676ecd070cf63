package org.hjp.workbench.e2e;

import java.nio.file.Path;
import java.util.Set;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started by releng/scripts/plugin-install-e2e.sh and update-e2e.sh in a copy of the product, never in the product
 * itself: runs the step named by the system property hjp.e2e.step on its own thread and writes what it found to
 * hjp.e2e.result;
 * started by releng/scripts/crash-trials.sh with the step save-loop, saves until the product is killed.
 */
public class Activator implements BundleActivator {

	private static final Set<String> UPDATE_STEPS = Set.of("update", "updated", "back");

	@Override
	public void start(BundleContext context) {
		String step = System.getProperty("hjp.e2e.step");
		String result = System.getProperty("hjp.e2e.result");
		if (step == null || result == null) {
			return;
		}
		Runnable steps = "save-loop".equals(step) ? new SaveLoop(context, Path.of(result))::run
				: UPDATE_STEPS.contains(step) ? () -> new UpdateSteps(context, Path.of(result)).run(step)
				: () -> new InstallSteps(context, Path.of(result)).run(step);
		Thread thread = new Thread(steps, "hjp-e2e");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop(BundleContext context) {
	}
}
