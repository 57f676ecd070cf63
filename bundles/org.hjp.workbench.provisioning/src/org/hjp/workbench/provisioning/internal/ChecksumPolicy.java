package org.hjp.workbench.provisioning.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;

/**
 * Every file a plug-in brings must come with a checksum (SHA-256 or SHA-512) that p2 verifies as it downloads it; p2
 * itself installs a file without one, so a change made to it on the way, or on the site, would go unnoticed.
 */
final class ChecksumPolicy {

	private static final List<String> CHECKSUMS = List.of("download.checksum.sha-256", "download.checksum.sha-512");

	private ChecksumPolicy() {
	}

	static List<String> problems(IProvisioningPlan plan, IArtifactRepository site) {
		List<String> problems = new ArrayList<>();
		for (IInstallableUnit unit : plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()) {
			for (IArtifactKey key : unit.getArtifacts()) {
				IArtifactDescriptor[] descriptors = site.getArtifactDescriptors(key);
				boolean checked = descriptors.length > 0 && Arrays.stream(descriptors)
						.allMatch(descriptor -> CHECKSUMS.stream().anyMatch(name -> descriptor.getProperty(name) != null));
				if (!checked) {
					problems.add("The file " + key.getId() + " " + key.getVersion() + " comes without a checksum, so the workbench cannot tell"
							+ " whether it was changed on the way.");
				}
			}
		}
		return problems;
	}
}
