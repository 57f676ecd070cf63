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
public final class RepositoryWork {

	@FunctionalInterface
	public interface Work<T> {
		T run(SharedRepository repository) throws RepositoryException, IOException;
	}

	/** Opens the connection the work runs on. */
	@FunctionalInterface
	public interface Connector {
		SharedRepository open() throws RepositoryException;
	}

	private RepositoryWork() {
	}

	private static Thread cancelWatcher(IProgressMonitor monitor, SharedRepository repository) {
		Thread watcher = new Thread(() -> {
			try {
				while (!monitor.isCanceled()) {
					Thread.sleep(200);
				}
				repository.close();
			} catch (InterruptedException e) {
				// the work ended first
			} catch (RepositoryException e) {
				// closing a connection that failed: the work says what went wrong
			}
		}, "Cancel of repository work");
		watcher.setDaemon(true);
		watcher.start();
		return watcher;
	}

	/** Runs {@code work} on a connection of {@code account}'s; call on the UI thread. */
	public static <T> T run(Shell shell, RepositoryAccount account, String task, Work<T> work) throws RepositoryException, IOException {
		// Secure storage may ask for its master password: here, before the window waits on the work.
		account.unlock();
		return run(shell, account::open, task, work);
	}

	/**
	 * Runs {@code work} on a connection {@code connector} opens; call on the UI thread. Cancel closes the connection,
	 * which stops a statement waiting on a server that does not answer.
	 */
	public static <T> T run(Shell shell, Connector connector, String task, Work<T> work) throws RepositoryException, IOException {
		Object[] result = new Object[1];
		try {
			new WaitingContext(inFront(shell)).run(true, true, monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try (SharedRepository repository = connector.open()) {
					Thread watcher = cancelWatcher(monitor, repository);
					try {
						result[0] = work.run(repository);
					} finally {
						watcher.interrupt();
					}
					if (monitor.isCanceled()) {
						throw new InterruptedException();
					}
				} catch (RepositoryException | IOException e) {
					if (monitor.isCanceled()) {
						throw new InterruptedException();
					}
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
			throw new RepositoryException(task.replace("\u2026", "") + " was cancelled. It is not known whether the repository took what was sent before;"
					+ " its history tells.", e);
		}
		@SuppressWarnings("unchecked")
		T done = (T) result[0];
		return done;
	}

	/** The window the progress shows over: a dialog in front of {@code shell}, asking for the work, or the shell itself. */
	private static Shell inFront(Shell shell) {
		Shell active = shell.getDisplay().getActiveShell();
		return active == null ? shell : active;
	}
}
