package org.hjp.workbench.ui.session;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.hjp.workbench.core.persistence.PartnershipFileException;

/** Work on a partnership file that the user waits for, run in a runnable context such as {@link WaitingContext}. */
final class UserWaits {

	/** Work on a file, which tells {@code monitor} how far it has come and stops when it is cancelled. */
	@FunctionalInterface
	interface FileWork {
		void run(IProgressMonitor monitor) throws PartnershipFileException, InterruptedException;
	}

	private UserWaits() {
	}

	/**
	 * Runs {@code work} and returns when it is done; call on the UI thread. Only work that stops when its monitor is
	 * cancelled is {@code cancelable}: the progress window offers Cancel for it.
	 *
	 * @throws InterruptedException when the user cancelled it
	 */
	static void run(IRunnableContext context, String task, boolean cancelable, FileWork work) throws PartnershipFileException, InterruptedException {
		try {
			context.run(true, cancelable, monitor -> {
				try {
					work.run(SubMonitor.convert(monitor, task, 1).split(1));
				} catch (PartnershipFileException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException(task + " was cancelled");
				}
			});
		} catch (InvocationTargetException e) {
			switch (e.getCause()) {
				case PartnershipFileException failure -> throw failure;
				case RuntimeException failure -> throw failure;
				case Error failure -> throw failure;
				default -> throw new IllegalStateException(e.getCause());
			}
		}
	}
}
