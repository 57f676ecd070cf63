package org.hjp.workbench.ui.plugins;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.provisioning.InstallException;

/** Runs installer work off the UI thread, with a progress dialog that can cancel it. */
final class Work {

	/** What a task gave: its value, or the reason it gave none. */
	record Outcome<T>(T value, String problem) {
		boolean succeeded() {
			return problem == null;
		}
	}

	@FunctionalInterface
	interface Task<T> {
		T run(IProgressMonitor monitor) throws InstallException;
	}

	private Work() {
	}

	static <T> Outcome<T> run(Shell shell, String title, Task<T> task) {
		AtomicReference<T> value = new AtomicReference<>();
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				monitor.setTaskName(title);
				try {
					value.set(task.run(monitor));
				} catch (InstallException e) {
					throw new InvocationTargetException(e);
				}
			});
			return new Outcome<>(value.get(), null);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof OperationCanceledException) {
				return new Outcome<>(null, "Cancelled; nothing was changed.");
			}
			if (cause instanceof InstallException install) {
				ILog.of(Work.class).warn(install.getMessage(), install);
				return new Outcome<>(null, install.getMessage());
			}
			ILog.of(Work.class).error(title + " failed", cause);
			return new Outcome<>(null, title + " failed unexpectedly (" + cause + "). The workbench log has the details.");
		} catch (InterruptedException e) {
			return new Outcome<>(null, "Cancelled; nothing was changed.");
		}
	}
}
