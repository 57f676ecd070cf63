package org.hjp.workbench.assessment.tests;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** Finds and registers OSGi services from tests running in the real framework. */
final class Services {

	private Services() {
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError("No " + type.getName() + " service within 10 s");
		}
		return service;
	}

	static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		Dictionary<String, Object> properties = new Hashtable<>();
		return context().registerService(type, service, properties);
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
