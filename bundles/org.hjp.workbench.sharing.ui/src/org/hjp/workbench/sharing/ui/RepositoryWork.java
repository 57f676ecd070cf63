package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.ui.session.WaitingContext;

/**
 * Work with the repository that the user waits for: it runs off the UI thread on a connection of its own while the
 * window goes on painting, and a progress window shows when it takes more than a moment.
 */
final class RepositoryWork {

	@FunctionalInterface
	interface Work<T> {
		T run(SharedRepository repository) throws RepositoryException, IOException;
	}

	/** Opens the connection the work runs on. */
	@FunctionalInterface
	interface Connector {
		SharedRepository open() throws RepositoryException;
	}

	private RepositoryWork() {
	}

	/** Runs {@code work} on a connection {@code connector} opens, such as the account's; call on the UI thread. */
	static <T> T run(Shell shell, Connector connector, String task, Work<T> work) throws RepositoryException, IOException {
		Object[] result = new Object[1];
		try {
			new WaitingContext(shell).run(true, false, monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try (SharedRepository repository = connector.open()) {
					result[0] = work.run(repository);
				} catch (RepositoryException | IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			switch (e.getCause()) {
				case RepositoryException failure -> throw failure;
				case IOException failure -> throw failure;
				case RuntimeException failure -> throw failure;
				case Error failure -> throw failure;
				default -> throw new IllegalStateException(e.getCause());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RepositoryException(task + " was interrupted.", e);
		}
		@SuppressWarnings("unchecked")
		T done = (T) result[0];
		return done;
	}
}
