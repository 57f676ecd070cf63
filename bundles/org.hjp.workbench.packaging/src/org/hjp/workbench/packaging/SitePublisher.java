package org.hjp.workbench.packaging;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Publishes a plug-in's bundle and feature into a new p2 update site with p2's own publisher, as Tycho does: each file
 * with its SHA-256 checksum, which the workbench requires before it installs anything, and the feature under a
 * category, which Eclipse's own install dialog lists.
 */
@SuppressWarnings("restriction") // BundlesAction and FeaturesAction are p2's publishing actions; p2 marks their package for its friends.
final class SitePublisher {

	private static final String CATEGORY_SUFFIX = ".category";

	private SitePublisher() {
	}

	/** Writes the site into {@code site}, an empty folder; {@code scratch} is a folder for p2's own bookkeeping. */
	static void publish(PluginDescription plugin, Path bundle, Path feature, Path site, Path scratch, IProgressMonitor monitor)
			throws PackException {
		IProvisioningAgent agent = agent(scratch);
		try {
			String name = plugin.name() + " update site";
			IMetadataRepository metadata = Publisher.createMetadataRepository(agent, site.toUri(), name, false, true);
			PublisherInfo info = new PublisherInfo();
			info.setMetadataRepository(metadata);
			info.setArtifactRepository(Publisher.createArtifactRepository(agent, site.toUri(), name, true));
			info.setArtifactOptions(IPublisherInfo.A_PUBLISH | IPublisherInfo.A_INDEX);
			IPublisherAction[] actions = { new BundlesAction(new File[] { bundle.toFile() }), new FeaturesAction(new File[] { feature.toFile() }) };
			IStatus status = new Publisher(info).publish(actions, monitor);
			if (status.matches(IStatus.ERROR | IStatus.CANCEL)) {
				throw new PackException("The update site could not be written: " + messages(status) + ".");
			}
			metadata.addInstallableUnits(List.of(category(plugin)));
		} catch (ProvisionException e) {
			throw new PackException("The update site could not be written: " + e.getMessage() + ".", e);
		} finally {
			agent.stop();
		}
	}

	private static IInstallableUnit category(PluginDescription plugin) {
		Version version = Version.create(plugin.version());
		InstallableUnitDescription category = new InstallableUnitDescription();
		category.setId(plugin.id() + CATEGORY_SUFFIX);
		category.setVersion(version);
		category.setProperty(IInstallableUnit.PROP_NAME, "Assessment instruments");
		category.setProperty(InstallableUnitDescription.PROP_TYPE_CATEGORY, Boolean.TRUE.toString());
		category.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, category.getId(), version) });
		category.setRequirements(new IRequirement[] { MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID,
				plugin.featureId() + ".feature.group", new VersionRange(version, true, version, true), null, false, false) });
		return MetadataFactory.createInstallableUnit(category);
	}

	private static String messages(IStatus status) {
		List<String> messages = new ArrayList<>();
		collect(status, messages);
		return String.join("; ", messages);
	}

	private static void collect(IStatus status, List<String> messages) {
		if (status.getChildren().length == 0) {
			if (status.matches(IStatus.ERROR | IStatus.CANCEL)) {
				messages.add(status.getMessage());
			}
			return;
		}
		for (IStatus child : status.getChildren()) {
			collect(child, messages);
		}
	}

	/** A p2 agent of this packing alone, so nothing is read from or written to the workbench's own installation. */
	private static IProvisioningAgent agent(Path scratch) throws PackException {
		Bundle core = FrameworkUtil.getBundle(IProvisioningAgentProvider.class);
		ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = null;
		try {
			core.start(Bundle.START_TRANSIENT);
			tracker = new ServiceTracker<>(core.getBundleContext(), IProvisioningAgentProvider.class, null);
			tracker.open();
			IProvisioningAgentProvider provider = tracker.waitForService(30_000);
			if (provider == null) {
				throw new PackException("p2, which writes update sites, did not start in this installation.");
			}
			return provider.createAgent(scratch.toUri());
		} catch (BundleException | ProvisionException e) {
			throw new PackException("p2, which writes update sites, could not be started: " + e.getMessage() + ".", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PackException("Packing was interrupted.", e);
		} finally {
			if (tracker != null) {
				tracker.close();
			}
		}
	}
}
