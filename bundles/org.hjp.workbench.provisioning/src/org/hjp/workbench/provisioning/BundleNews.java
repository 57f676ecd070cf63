package org.hjp.workbench.provisioning;

import org.osgi.framework.Bundle;

/**
 * Says what a bundle that has just been installed brings to the workbench, so that the user is told at once rather
 * than left to find it, or its problems, in the log. Offered as an OSGi service by a part of the workbench that
 * reads what bundles hold, such as the assessment bundle for the instrument definitions of plug-ins.
 */
public interface BundleNews {

	/** What the installed bundle adds and leaves out, in sentences; {@link InstallReport#NOTHING} when it holds nothing this part reads. */
	InstallReport news(Bundle bundle);
}
