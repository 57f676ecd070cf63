package org.hjp.workbench.export;

import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Starts the OSGi ServiceLoader mediator (the bundle offering the {@code osgi.serviceloader.registrar} extender, SPI
 * Fly in the product) before a library that finds its plug-ins through {@link java.util.ServiceLoader} runs: the
 * Log4j API, which Apache POI and PDFBox log through, finds its provider that way. The product does not start the
 * mediator at launch, because it then looks at every class the workbench loads, which made starting the
 * workbench take about a fifth longer; only the exports that use such libraries need it.
 */
public final class ServiceLoaderMediator {

	private static final String EXTENDER_NAMESPACE = "osgi.extender";
	private static final String REGISTRAR = "osgi.serviceloader.registrar";

	private static volatile boolean started;

	private ServiceLoaderMediator() {
	}

	/** Starts the mediator if it is installed and not running yet; logs, and goes on, if it cannot. */
	public static void ensureStarted() {
		if (started) {
			return;
		}
		synchronized (ServiceLoaderMediator.class) {
			Bundle own = FrameworkUtil.getBundle(ServiceLoaderMediator.class);
			if (started || own == null || own.getBundleContext() == null) {
				return;
			}
			for (Bundle bundle : own.getBundleContext().getBundles()) {
				if (isMediator(bundle) && bundle.getState() != Bundle.ACTIVE) {
					start(bundle);
				}
			}
			started = true;
		}
	}

	private static boolean isMediator(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		if (revision == null) {
			return false;
		}
		for (BundleCapability capability : revision.getDeclaredCapabilities(EXTENDER_NAMESPACE)) {
			Map<String, Object> attributes = capability.getAttributes();
			if (REGISTRAR.equals(attributes.get(EXTENDER_NAMESPACE))) {
				return true;
			}
		}
		return false;
	}

	private static void start(Bundle bundle) {
		try {
			// Transient: the product's configuration, not a past export, decides what runs at the next launch.
			bundle.start(Bundle.START_TRANSIENT);
		} catch (BundleException | IllegalStateException e) {
			ILog.of(ServiceLoaderMediator.class).warn("Could not start " + bundle.getSymbolicName()
					+ "; libraries that look up their plug-ins may log to the console instead of the workbench log", e);
		}
	}
}
