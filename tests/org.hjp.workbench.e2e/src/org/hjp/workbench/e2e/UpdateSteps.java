package org.hjp.workbench.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hjp.workbench.core.product.ProductIdentity;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.InstallQuestions.TrustAnswer;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.WorkbenchUpdater;
import org.hjp.workbench.provisioning.WorkbenchUpdater.Update;
import org.osgi.framework.BundleContext;

/**
 * The steps of the end-to-end test of updating (releng/scripts/update-e2e.sh), in a copy of the product 0.1.0 whose
 * update site (system property hjp.update.site) holds a build 0.2.0: a plug-in is installed, the update is found and
 * installed through the updater Help > Check for Updates uses; after the restart the workbench is 0.2.0 with its
 * plug-in, and goes back; after another restart it is 0.1.0 again, still with its plug-in.
 */
final class UpdateSteps extends ProductSteps {

	private static final String EXAMPLE_FEATURE = "org.example.hjp.referralcheck.feature.feature.group";
	private static final String LEARNING_FEATURE = "org.hjp.workbench.stage.learning.feature.feature.group";
	private static final InstallQuestions INSTALL_ANYWAY = (signers, unsigned) -> new TrustAnswer(true, false);

	UpdateSteps(BundleContext context, Path resultFile) {
		super(context, resultFile);
	}

	@Override
	void step(String step) throws Exception {
		switch (step) {
		case "update" -> update();
		case "updated" -> updated();
		case "back" -> back();
		default -> throw new IllegalArgumentException("no step " + step);
		}
	}

	private void update() throws Exception {
		check("the workbench starts as 0.1.0", ProductIdentity.current().release().equals("0.1.0"));
		URI pluginSite = PluginInstaller.siteAt(Path.of(System.getProperty("hjp.e2e.site")));
		service(PluginInstaller.class).install(pluginSite, List.of(EXAMPLE_FEATURE), INSTALL_ANYWAY, new NullProgressMonitor());
		check("a plug-in is installed before the update", hasExamplePlugin());
		WorkbenchUpdater updater = service(WorkbenchUpdater.class);
		List<Update> updates = updater.check(new NullProgressMonitor());
		results.add("updates found: " + updates);
		check("the check finds the workbench 0.2.0", updates.contains(new Update("HJP Workbench", "0.1.0", "0.2.0")));
		check("there is nothing to go back to before an update", updater.previous().isEmpty());
		updater.update(INSTALL_ANYWAY, new NullProgressMonitor());
		check("after updating, the version before it can be gone back to", updater.previous().orElse("").startsWith("version 0.1.0"));
		check("until the restart nothing else is installed or removed", refused(() -> service(PluginInstaller.class)
				.uninstall(List.of(EXAMPLE_FEATURE), new NullProgressMonitor())).contains("waiting for the workbench to restart"));
	}

	private void updated() throws Exception {
		check("after the restart the workbench is 0.2.0", ProductIdentity.current().release().equals("0.2.0"));
		check("the title names 0.2.0", driver.onUi(() -> ((org.eclipse.swt.widgets.Shell) window.getWidget()).getText()).endsWith("HJP Workbench 0.2.0"));
		check("the plug-in installed before the update is still there", hasExamplePlugin());
		check("the partnership opened", document() != null && document().partnership().getName().startsWith("Riverbend"));
		WorkbenchUpdater updater = service(WorkbenchUpdater.class);
		check("there are no further updates", updater.check(new NullProgressMonitor()).isEmpty());
		// Removing a stage after the update leaves the earlier version's jars unused: going back must still find them.
		service(PluginInstaller.class).uninstall(List.of(LEARNING_FEATURE), new NullProgressMonitor());
		check("a stage is uninstalled after the update", !installedRoot(LEARNING_FEATURE));
		updater.goBack(INSTALL_ANYWAY, new NullProgressMonitor());
	}

	private void back() throws Exception {
		check("after going back and restarting the workbench is 0.1.0", ProductIdentity.current().release().equals("0.1.0"));
		check("the plug-in is still there", hasExamplePlugin());
		check("the stage removed after the update is back, as it was before it", installedRoot(LEARNING_FEATURE));
		check("nothing is left to go back to", service(WorkbenchUpdater.class).previous().isEmpty());
	}

	private boolean hasExamplePlugin() throws Exception {
		return installedRoot(EXAMPLE_FEATURE);
	}

	private boolean installedRoot(String featureGroup) throws Exception {
		return service(PluginInstaller.class).installed().stream().anyMatch(p -> p.id().equals(featureGroup));
	}

	/** What the installer said when it refused; empty when it did not refuse. */
	private static String refused(Action action) {
		try {
			action.run();
			return "";
		} catch (InstallException e) {
			return e.getMessage();
		}
	}

	@FunctionalInterface
	private interface Action {
		void run() throws InstallException;
	}
}
