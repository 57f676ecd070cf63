package org.hjp.workbench.cli;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.core.validation.ValidationService;
import org.hjp.workbench.export.Exporter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the commands use, found once when the command line starts. */
public record Services(ValidationService validation, List<Exporter> exporters, InstrumentRegistry instruments) {

	private static final long WAIT_MS = 10_000;

	public static Services fromFramework() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<ValidationService, ValidationService> validation = new ServiceTracker<>(context, ValidationService.class, null);
		validation.open();
		ServiceTracker<Exporter, Exporter> exporters = new ServiceTracker<>(context, Exporter.class, null);
		exporters.open();
		ServiceTracker<InstrumentRegistry, InstrumentRegistry> instruments = new ServiceTracker<>(context, InstrumentRegistry.class, null);
		instruments.open();
		ValidationService service = validation.waitForService(WAIT_MS);
		exporters.waitForService(WAIT_MS);
		List<Exporter> found = new ArrayList<>();
		for (Object exporter : exporters.getServices() == null ? new Object[0] : exporters.getServices()) {
			found.add((Exporter) exporter);
		}
		return new Services(service, found, instruments.waitForService(WAIT_MS));
	}
}
