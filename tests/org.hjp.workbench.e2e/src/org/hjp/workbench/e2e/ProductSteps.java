package org.hjp.workbench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A step of an end-to-end test, run inside a copy of the product once its window shows the partnership: what it
 * checked goes to the result file ("ok ..." lines, then PASS or FAIL with a screenshot), and the workbench is closed.
 */
abstract class ProductSteps {

	protected final BundleContext context;
	protected final Path resultFile;
	protected final List<String> results = new ArrayList<>();
	protected IWorkbench workbench;
	protected MWindow window;
	protected SwtDriver driver;

	ProductSteps(BundleContext context, Path resultFile) {
		this.context = context;
		this.resultFile = resultFile;
	}

	abstract void step(String name) throws Exception;

	final void run(String step) {
		try {
			connect();
			step(step);
			results.add("PASS " + step);
		} catch (Throwable t) {
			results.add("FAIL " + step + ": " + t + (t.getCause() == null ? "" : " (" + t.getCause() + ")"));
			for (StackTraceElement e : t.getStackTrace()) {
				results.add("    at " + e);
			}
			if (driver != null) {
				driver.screenshot(resultFile.resolveSibling("e2e-" + step + "-failure.png"));
			}
		} finally {
			write();
			if (workbench != null) {
				Display display = ((Shell) window.getWidget()).getDisplay();
				display.asyncExec(() -> workbench.close());
			}
		}
	}

	private void connect() throws InterruptedException {
		ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
		tracker.open();
		workbench = tracker.waitForService(120_000);
		if (workbench == null) {
			throw new IllegalStateException("the workbench did not start within 2 minutes");
		}
		MApplication application = workbench.getApplication();
		long deadline = System.currentTimeMillis() + 60_000;
		while ((window = application.getChildren().isEmpty() ? null : application.getChildren().get(0)) == null || window.getWidget() == null) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("the workbench window did not open");
			}
			Thread.sleep(200);
		}
		driver = new SwtDriver(((Shell) window.getWidget()).getDisplay());
		driver.waitUntil(() -> document() != null, "the sample partnership to open");
		Shell shell = (Shell) window.getWidget();
		Rectangle[] last = new Rectangle[1];
		driver.waitUntil(() -> {
			Rectangle now = driver.onUi(() -> shell.getDisplay().getActiveShell() == shell ? shell.getBounds() : null);
			boolean settled = now != null && now.equals(last[0]);
			last[0] = now;
			driver.settle();
			return settled;
		}, "the window to be placed and active");
	}

	protected PartnershipDocument document() {
		return driver.onUi(() -> window.getContext().get(CurrentPartnership.class).document().orElse(null));
	}

	protected <T> T service(Class<T> type) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(10_000);
			if (service == null) {
				throw new IllegalStateException("no " + type.getSimpleName() + " service");
			}
			return service;
		} catch (InterruptedException e) {
			throw new IllegalStateException(e);
		} finally {
			tracker.close();
		}
	}

	protected void check(String what, boolean holds) {
		if (!holds) {
			throw new AssertionError(what);
		}
		results.add("ok " + what);
	}

	private void write() {
		try {
			Files.write(resultFile, results);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write " + resultFile, e);
		}
	}
}
