package org.hjp.workbench.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code hjp --version}: the version of the command line's bundle, which the build stamps. */
final class BundleVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Bundle bundle = FrameworkUtil.getBundle(BundleVersion.class);
		return new String[] { "hjp " + (bundle == null ? "(version unknown: not run from the workbench's bundles)" : bundle.getVersion()) };
	}
}
