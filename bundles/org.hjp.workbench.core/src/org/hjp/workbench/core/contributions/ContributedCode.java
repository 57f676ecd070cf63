package org.hjp.workbench.core.contributions;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Runs code that other bundles contribute (validation rules, scoring hooks, exporters) on a thread of its own, so
 * that code which never returns holds up its caller for a limited time only. Java cannot stop a thread, so code
 * that does not answer is interrupted and left behind on its own daemon thread, and callers {@link #turnOff turn
 * off} the contribution so that it is not asked again while this service runs (a reinstalled bundle offers new
 * instances, which are asked again). Its threads are its own rather than jobs: a contribution that hangs must not
 * hold one of the job manager's workers.
 */
@Component(service = ContributedCode.class)
public class ContributedCode {

	/** How long a contribution may take to answer before it is taken to hang; {@code hjp.contribution.limit.ms} overrides it. */
	public static final Duration LIMIT = Duration.ofMillis(Long.getLong("hjp.contribution.limit.ms", 5000));

	private final AtomicInteger threads = new AtomicInteger();
	private final ExecutorService executor = Executors.newCachedThreadPool(work -> {
		Thread thread = new Thread(work, "HJP contributed code " + threads.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});
	private final Set<Object> turnedOff = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	@Deactivate
	void stop() {
		executor.shutdownNow();
	}

	/** Remembers that {@code contribution} (a service object) did not answer, so that it is not asked again. */
	public void turnOff(Object contribution) {
		turnedOff.add(contribution);
	}

	public boolean isTurnedOff(Object contribution) {
		return turnedOff.contains(contribution);
	}

	/** The limit in whole seconds, for messages. */
	public static long limitInSeconds() {
		return Math.max(1, LIMIT.toSeconds());
	}

	/**
	 * The result of {@code work}, run on another thread while the caller waits at most {@code limit}.
	 *
	 * @throws TimeoutException   when the work did not finish in time; it has been interrupted
	 * @throws ExecutionException when the work threw; the cause is what it threw
	 */
	public <T> T call(Duration limit, Callable<T> work) throws TimeoutException, ExecutionException {
		Future<T> future = start(work);
		try {
			return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			throw e;
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new ExecutionException("interrupted while waiting for contributed code", e);
		}
	}

	/** Starts {@code work} on another thread, for a caller that waits in its own way (with a Cancel button, say). */
	public <T> Future<T> start(Callable<T> work) {
		return executor.submit(work);
	}
}
