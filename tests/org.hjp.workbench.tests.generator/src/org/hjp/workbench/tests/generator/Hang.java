package org.hjp.workbench.tests.generator;

import java.util.concurrent.CountDownLatch;

/**
 * Makes test contributions (rules, hooks, exporters) hang as badly written ones do: {@link #untilReleased()}
 * ignores interrupts and returns only after {@link #release()}, which a test calls when it is done.
 */
public final class Hang {

	private final CountDownLatch released = new CountDownLatch(1);

	public void untilReleased() {
		while (released.getCount() > 0) {
			try {
				released.await();
			} catch (InterruptedException ignoredAsAHangingContributionWould) {
				// keeps waiting: callers must not rely on contributions that stop when interrupted
			}
		}
	}

	public void release() {
		released.countDown();
	}
}
