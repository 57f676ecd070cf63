package org.hjp.workbench.ui.tests.driver;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The real workbench, started in this test runtime as the product starts it (the e4 application with the
 * product's application model), on its own UI thread.
 */
public final class RunningWorkbench implements AutoCloseable {

	private final Thread uiThread;
	private final AtomicReference<Display> display = new AtomicReference<>();
	private final AtomicReference<Throwable> failure = new AtomicReference<>();
	private final CountDownLatch ended = new CountDownLatch(1);

	private RunningWorkbench() {
		uiThread = new Thread(this::run, "workbench UI");
		uiThread.setDaemon(true);
	}

	/** Starts the workbench and waits until its window shows a partnership, or fails after {@code timeout}. */
	public static RunningWorkbench start(Duration timeout) {
		forgetKeptLayout();
		RunningWorkbench workbench = new RunningWorkbench();
		workbench.uiThread.start();
		SwtDriver.await(() -> workbench.failure.get() != null || workbench.window() != null, timeout, "the workbench window to open");
		if (workbench.failure.get() != null) {
			throw new AssertionError("The workbench failed to start", workbench.failure.get());
		}
		workbench.awaitSettledWindow(timeout);
		return workbench;
	}

	/** Every run starts with the layout the workbench comes with, whatever an earlier run of the tests kept. */
	private static void forgetKeptLayout() {
		try {
			Preferences layout = InstanceScope.INSTANCE.getNode("org.hjp.workbench.ui/layout");
			layout.clear();
			layout.flush();
		} catch (BackingStoreException e) {
			throw new AssertionError("The kept layout of an earlier run could not be removed", e);
		}
	}

	private void run() {
		try {
			display.set(Display.getDefault());
			e4Application().start(new TestApplicationContext());
		} catch (Throwable t) {
			failure.set(t);
		} finally {
			ended.countDown();
		}
	}

	/** The e4 application, created as the platform creates the product's application. */
	private static IApplication e4Application() throws CoreException {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				"org.eclipse.e4.ui.workbench.swt.E4Application");
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		return (IApplication) run.createExecutableExtension("class");
	}

	/**
	 * Waits until the window manager has placed, sized and activated the window, and it has kept its size for
	 * a moment: clicks computed earlier could land where the window no longer is.
	 */
	private void awaitSettledWindow(Duration timeout) {
		AtomicReference<Rectangle> last = new AtomicReference<>();
		SwtDriver.await(() -> {
			Rectangle now = driver().onUi(() -> {
				Shell shell = (Shell) window().getWidget();
				return shell.getDisplay().getActiveShell() == shell ? shell.getBounds() : null;
			});
			boolean settled = now != null && now.equals(last.get());
			last.set(now);
			if (!settled) {
				sleepQuietly(200);
			}
			return settled;
		}, timeout, "the workbench window to be placed and active");
	}

	private static void sleepQuietly(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public SwtDriver driver() {
		return new SwtDriver(display.get());
	}

	public Display display() {
		return display.get();
	}

	/** The e4 window, once its shell is showing. */
	public MWindow window() {
		Display d = display.get();
		if (d == null || d.isDisposed()) {
			return null;
		}
		AtomicReference<MWindow> result = new AtomicReference<>();
		d.syncExec(() -> {
			for (Shell shell : d.getShells()) {
				if (shell.isVisible() && shell.getData("modelElement") instanceof MWindow window) {
					result.set(window);
				}
			}
		});
		return result.get();
	}

	public IEclipseContext context() {
		return window().getContext();
	}

	@Override
	public void close() throws InterruptedException {
		Display d = display.get();
		if (d != null && !d.isDisposed()) {
			d.syncExec(() -> {
				MWindow window = window();
				if (window != null) {
					window.getContext().get(IWorkbench.class).close();
				}
			});
		}
		if (!ended.await(30, TimeUnit.SECONDS)) {
			throw new AssertionError("The workbench did not close within 30 s");
		}
	}
}
