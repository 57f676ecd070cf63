package org.hjp.workbench.provisioning.internal;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.internal.provisional.configurator.Configurator;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.hjp.workbench.provisioning.BundleCheck;
import org.hjp.workbench.provisioning.BundleNews;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.InstallReport;
import org.hjp.workbench.provisioning.Offer;
import org.hjp.workbench.provisioning.Plugin;
import org.hjp.workbench.provisioning.PluginInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The installer of the running workbench: its own p2 agent and profile, with changes made live by the framework's
 * configurator. p2 is started only when the installer is first used, so that it costs nothing at start-up.
 */
@Component(service = PluginInstaller.class)
public class RunningWorkbenchInstaller implements PluginInstaller {

	private final List<BundleCheck> checks = new CopyOnWriteArrayList<>();
	private final List<BundleNews> news = new CopyOnWriteArrayList<>();
	private BundleContext context;
	private P2Installer delegate;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addCheck(BundleCheck check) {
		checks.add(check);
	}

	void removeCheck(BundleCheck check) {
		checks.remove(check);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addNews(BundleNews teller) {
		news.add(teller);
	}

	void removeNews(BundleNews teller) {
		news.remove(teller);
	}

	@Override
	public List<Offer> offers(URI site, IProgressMonitor monitor) throws InstallException {
		return delegate().offers(site, monitor);
	}

	@Override
	public List<Plugin> installed() throws InstallException {
		return delegate().installed();
	}

	@Override
	public InstallReport install(URI site, List<String> featureIds, InstallQuestions questions, IProgressMonitor monitor) throws InstallException {
		return delegate().install(site, featureIds, questions, monitor);
	}

	@Override
	public void uninstall(List<String> featureIds, IProgressMonitor monitor) throws InstallException {
		delegate().uninstall(featureIds, monitor);
	}

	/** What the bundles with these names, now in the framework, bring, as the {@link BundleNews} services say. */
	private InstallReport newsOf(List<String> symbolicNames) {
		InstallReport report = InstallReport.NOTHING;
		for (Bundle bundle : context.getBundles()) {
			if (symbolicNames.contains(bundle.getSymbolicName())) {
				for (BundleNews teller : news) {
					report = report.and(teller.news(bundle));
				}
			}
		}
		return report;
	}

	private synchronized P2Installer delegate() throws InstallException {
		if (delegate == null) {
			IProvisioningAgent agent = RunningAgent.agent(context);
			delegate = new P2Installer(agent, IProfileRegistry.SELF, () -> RunningAgent.service(context, Configurator.class).applyConfiguration(),
					() -> List.copyOf(checks), this::newsOf);
		}
		return delegate;
	}
}
