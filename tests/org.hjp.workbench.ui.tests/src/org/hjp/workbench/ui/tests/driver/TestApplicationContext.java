package org.hjp.workbench.ui.tests.driver;

import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What the product's branding gives the e4 application when the workbench is started by a test. */
final class TestApplicationContext implements IApplicationContext {

	private final Map<String, String> branding = Map.of(
			"applicationXMI", "org.hjp.workbench.ui/Application.e4xmi",
			"clearPersistedState", "true",
			"appName", "HJP Workbench");

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(APPLICATION_ARGS, new String[0]);
	}

	@Override
	public void applicationRunning() {
	}

	@Override
	public String getBrandingApplication() {
		return "org.eclipse.e4.ui.workbench.swt.E4Application";
	}

	@Override
	public String getBrandingName() {
		return "HJP Workbench";
	}

	@Override
	public String getBrandingDescription() {
		return "HJP Workbench under test";
	}

	@Override
	public String getBrandingId() {
		return "org.hjp.workbench.ui.product";
	}

	@Override
	public String getBrandingProperty(String key) {
		return branding.get(key);
	}

	@Override
	public Bundle getBrandingBundle() {
		return FrameworkUtil.getBundle(org.hjp.workbench.ui.session.CurrentPartnership.class);
	}

	@Override
	public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
	}
}
