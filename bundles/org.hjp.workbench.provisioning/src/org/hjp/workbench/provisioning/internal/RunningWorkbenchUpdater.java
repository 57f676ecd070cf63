package org.hjp.workbench.provisioning.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.hjp.workbench.provisioning.WorkbenchUpdater;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** The updater of the running workbench: its own p2 agent and profile, started when first used. */
@Component(service = WorkbenchUpdater.class)
public class RunningWorkbenchUpdater implements WorkbenchUpdater {

	private BundleContext context;
	private P2Updater delegate;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Override
	public List<Update> check(IProgressMonitor monitor) throws InstallException {
		return delegate().check(monitor);
	}

	@Override
	public List<Update> update(InstallQuestions questions, IProgressMonitor monitor) throws InstallException {
		List<Update> updates = delegate().update(questions, monitor);
		if (!updates.isEmpty()) {
			keepEarlierVersions();
		}
		return updates;
	}

	/**
	 * Stops p2 deleting the jars of earlier versions once nothing installed uses them, so that going back does not
	 * depend on the update site still offering the earlier version.
	 */
	private static void keepEarlierVersions() throws InstallException {
		try {
			Preferences collector = ConfigurationScope.INSTANCE.getNode("org.eclipse.equinox.p2.garbagecollector");
			collector.putBoolean("gc_enabled", false);
			collector.flush();
		} catch (BackingStoreException e) {
			throw new InstallException("The update is installed, but the earlier version's files may be removed, and going back "
					+ "would then need them from the update site: " + e.getMessage(), e);
		}
	}

	@Override
	public Optional<String> previous() throws InstallException {
		return delegate().previous();
	}

	@Override
	public void goBack(InstallQuestions questions, IProgressMonitor monitor) throws InstallException {
		delegate().goBack(questions, monitor);
	}

	private synchronized P2Updater delegate() throws InstallException {
		if (delegate == null) {
			delegate = new P2Updater(RunningAgent.agent(context), IProfileRegistry.SELF, site(System.getProperty(SITE_PROPERTY)));
		}
		return delegate;
	}

	/** The site the system property names: an address with a scheme, else a folder or zip of a site. */
	static Optional<URI> site(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(value.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !value.matches("^[a-zA-Z]:\\\\.*")
				? URI.create(value) : PluginInstaller.siteAt(Path.of(value)));
	}
}
