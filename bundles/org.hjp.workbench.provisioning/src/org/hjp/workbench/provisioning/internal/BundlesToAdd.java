package org.hjp.workbench.provisioning.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.hjp.workbench.provisioning.BundleCheck;
import org.hjp.workbench.provisioning.InstallException;

/** The bundles a provisioning plan would add, fetched from the update site and put to the {@link BundleCheck}s before the plan is carried out. */
final class BundlesToAdd {

	private static final String BUNDLE = "osgi.bundle";

	private BundlesToAdd() {
	}

	/** The symbolic names of the bundles the plan adds. */
	static List<String> symbolicNames(IProvisioningPlan plan) {
		return bundles(plan).stream().map(IArtifactKey::getId).toList();
	}

	private static List<IArtifactKey> bundles(IProvisioningPlan plan) {
		List<IArtifactKey> bundles = new ArrayList<>();
		for (IInstallableUnit unit : plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()) {
			unit.getArtifacts().stream().filter(key -> BUNDLE.equals(key.getClassifier())).forEach(bundles::add);
		}
		return bundles;
	}

	/** Every problem the checks find in the bundles the plan adds; empty when it may go ahead. */
	static List<String> problems(IProvisioningPlan plan, IArtifactRepository site, List<BundleCheck> checks, SubMonitor progress) throws InstallException {
		List<String> problems = new ArrayList<>();
		if (checks.isEmpty()) {
			return problems;
		}
		List<IArtifactKey> bundles = bundles(plan);
		progress.setWorkRemaining(bundles.size());
		for (IArtifactKey bundle : bundles) {
			problems.addAll(check(bundle, site, checks, progress.split(1)));
		}
		return problems;
	}

	private static List<String> check(IArtifactKey bundle, IArtifactRepository site, List<BundleCheck> checks, SubMonitor progress) throws InstallException {
		IArtifactDescriptor descriptor = canonical(site.getArtifactDescriptors(bundle));
		if (descriptor == null) {
			throw new InstallException("The update site does not hold the plug-in " + bundle.getId() + " " + bundle.getVersion() + ", so it cannot be installed.");
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("hjp-check-", ".jar");
			IStatus fetched;
			try (OutputStream out = Files.newOutputStream(copy)) {
				fetched = site.getArtifact(descriptor, out, progress);
			}
			if (!fetched.isOK()) {
				throw new InstallException("The plug-in " + bundle.getId() + " could not be read from the update site (" + fetched.getMessage() + ").");
			}
			List<String> problems = new ArrayList<>();
			try (JarFile jar = new JarFile(copy.toFile())) {
				checks.forEach(check -> problems.addAll(check.problems(jar)));
			}
			return problems;
		} catch (IOException e) {
			throw new InstallException("The plug-in " + bundle.getId() + " could not be checked before installing it (" + e.getMessage() + ").", e);
		} finally {
			delete(copy);
		}
	}

	/** The bundle as published, not a packed or otherwise processed form of it. */
	private static IArtifactDescriptor canonical(IArtifactDescriptor[] descriptors) {
		for (IArtifactDescriptor descriptor : descriptors) {
			if (descriptor.getProperty(IArtifactDescriptor.FORMAT) == null) {
				return descriptor;
			}
		}
		return null;
	}

	private static void delete(Path copy) {
		if (copy == null) {
			return;
		}
		try {
			Files.deleteIfExists(copy);
		} catch (IOException e) {
			copy.toFile().deleteOnExit();
		}
	}
}
