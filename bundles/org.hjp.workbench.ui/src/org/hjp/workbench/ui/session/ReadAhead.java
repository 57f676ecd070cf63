package org.hjp.workbench.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.validation.Problem;

/**
 * A partnership file read, and checked, by a job while the window is being built, so that the partnership the
 * workbench opens at start shows sooner. Nothing else touches what was read until it is handed over by
 * {@link #resource(IProgressMonitor)}.
 */
public final class ReadAhead {

	/** What the job found: the file's content and its problems (null when checking failed), or why it could not be read. */
	private record Read(Resource resource, List<Problem> problems, PartnershipFileException failure) {
	}

	private final Path file;
	private final CompletableFuture<Read> read = new CompletableFuture<>();
	private Job job;

	private ReadAhead(Path file) {
		this.file = file;
	}

	/** Starts reading {@code file}; {@code check} finds the problems of what was read. */
	public static ReadAhead start(Path file, PartnershipStore store, Function<EObject, List<Problem>> check) {
		ReadAhead ahead = new ReadAhead(file);
		ahead.job = Job.create("Reading " + file.getFileName(), monitor -> {
			ahead.read(store, check, monitor);
			return Status.OK_STATUS;
		});
		ahead.job.setPriority(Job.INTERACTIVE);
		ahead.job.schedule();
		return ahead;
	}

	private void read(PartnershipStore store, Function<EObject, List<Problem>> check, IProgressMonitor monitor) {
		Resource resource;
		try {
			resource = store.load(file, monitor);
		} catch (PartnershipFileException e) {
			read.complete(new Read(null, null, e));
			return;
		} catch (RuntimeException | Error e) {
			read.completeExceptionally(e);
			return;
		}
		List<Problem> problems = null;
		try {
			problems = check.apply(resource.getContents().get(0));
		} catch (RuntimeException e) {
			ILog.of(ReadAhead.class).warn("Checking " + file + " ahead failed; it is checked again when shown", e);
		}
		read.complete(new Read(resource, problems, null));
	}

	public Path file() {
		return file;
	}

	/**
	 * The file's content; waits for the job if it has not finished.
	 *
	 * @throws OperationCanceledException when {@code monitor} is cancelled while waiting; the reading stops too
	 */
	Resource resource(IProgressMonitor monitor) throws PartnershipFileException, InterruptedException {
		try {
			job.join(0, monitor);
		} catch (OperationCanceledException e) {
			job.cancel();
			throw e;
		}
		if (!read.isDone()) {
			// The job was cancelled (in the Progress view) before it started.
			throw new OperationCanceledException();
		}
		Read done = done();
		if (done.failure() != null) {
			throw done.failure();
		}
		return done.resource();
	}

	/** Whether {@code resource} is what this read. */
	boolean hasRead(Resource resource) {
		return finished().map(done -> done.resource() == resource).orElse(false);
	}

	/** The problems of what was read, if checking it did not fail. */
	Optional<List<Problem>> problems() {
		return finished().map(Read::problems);
	}

	/** What the job found, once it has finished without being stopped. */
	private Optional<Read> finished() {
		return read.isDone() && !read.isCompletedExceptionally() ? Optional.of(read.join()) : Optional.empty();
	}

	private Read done() {
		try {
			return read.join();
		} catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("Reading " + file + " failed", e.getCause());
		}
	}
}
