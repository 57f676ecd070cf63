package org.hjp.workbench.tests.generator;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Predicate;

import org.hjp.workbench.export.Exporter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** Finds and registers OSGi services from tests running in the real framework. */
public final class Services {

	private static final long WAIT_MS = 10_000;

	private Services() {
	}

	/** The service of this type; fails the test when there is none within 10 s. */
	public static <T> T get(Class<T> type) throws InterruptedException {
		return find(type, service -> true, type.getSimpleName());
	}

	/** The exporter with this id, as registered by the bundle that offers it. */
	public static Exporter exporter(String id) throws InterruptedException {
		return find(Exporter.class, exporter -> exporter.id().equals(id), "exporter " + id);
	}

	/** The first service of this type that {@code matches}; fails the test when none comes within 10 s. */
	public static <T> T find(Class<T> type, Predicate<T> matches, String what) throws InterruptedException {
		// The tracker stays open: closing it would let DS deactivate a delayed component that the test goes on using.
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		long deadline = System.currentTimeMillis() + WAIT_MS;
		do {
			for (T service : tracker.getTracked().values()) {
				if (matches.test(service)) {
					return service;
				}
			}
			Thread.sleep(50);
		} while (System.currentTimeMillis() < deadline);
		throw new AssertionError("No " + what + " within " + WAIT_MS / 1000 + " s");
	}

	public static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		Dictionary<String, Object> properties = new Hashtable<>();
		return context().registerService(type, service, properties);
	}

	public static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}
}
