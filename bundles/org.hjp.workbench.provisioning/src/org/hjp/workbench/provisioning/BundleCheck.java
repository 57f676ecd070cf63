package org.hjp.workbench.provisioning;

import java.util.List;
import java.util.jar.JarFile;

/**
 * Looks at each bundle an installation would add, before anything is installed: one problem found stops the whole
 * installation. Offered as an OSGi service by a part of the workbench that reads what bundles hold, such as the
 * instrument definitions that the assessment bundle reads from plug-ins.
 */
public interface BundleCheck {

	/** Why the bundle may not be installed, in sentences that name it; empty when it may be. */
	List<String> problems(JarFile bundle);
}
