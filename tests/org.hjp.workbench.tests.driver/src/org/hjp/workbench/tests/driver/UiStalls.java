package org.hjp.workbench.tests.driver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps the user waiting: a probe thread hands the UI thread an empty task every
 * few milliseconds and records how long the task waited to run. The longest wait since {@link #reset()} is the
 * longest time the window did not answer input or repaint.
 */
public final class UiStalls implements AutoCloseable {

	private static final long PROBE_GAP_MS = 2;
	private final Display display;
	private final Thread probe;
	private final AtomicLong longestNanos = new AtomicLong();
	/** Where the UI thread was while a probe waited more than {@link #SAMPLE_AFTER_MS}: a stack, by how often seen. */
	private final Map<String, Integer> stacks = new ConcurrentHashMap<>();
	private static final long SAMPLE_AFTER_MS = 20;
	private volatile boolean running = true;

	private UiStalls(Display display) {
		this.display = display;
		probe = new Thread(this::probe, "UI stall probe");
		probe.setDaemon(true);
	}

	public static UiStalls start(Display display) {
		UiStalls stalls = new UiStalls(display);
		stalls.probe.start();
		return stalls;
	}

	/** Starts a new measurement. */
	public void reset() {
		longestNanos.set(0);
		stacks.clear();
	}

	/** The stacks of the UI thread seen during waits since the last {@link #reset()}, most often seen first. */
	public List<String> stacksSeen(int limit) {
		return stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
				.map(e -> e.getValue() + "x " + e.getKey()).toList();
	}

	/** The longest time in milliseconds a probe waited for the UI thread since the last {@link #reset()}. */
	public double longestMillis() {
		return longestNanos.get() / 1e6;
	}

	private void probe() {
		while (running && !display.isDisposed()) {
			long posted = System.nanoTime();
			Object answered = new Object();
			boolean[] ran = { false };
			try {
				display.asyncExec(() -> {
					synchronized (answered) {
						ran[0] = true;
						answered.notifyAll();
					}
				});
				synchronized (answered) {
					while (!ran[0] && running && !display.isDisposed()) {
						answered.wait(5);
						if (!ran[0] && System.nanoTime() - posted > SAMPLE_AFTER_MS * 1_000_000) {
							sample();
						}
					}
				}
				longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
				TimeUnit.MILLISECONDS.sleep(PROBE_GAP_MS);
			} catch (InterruptedException e) {
				return;
			} catch (org.eclipse.swt.SWTException disposed) {
				return;
			}
		}
	}

	/** Records the innermost widget or viewer call and the workbench's own calls that led to it. */
	private void sample() {
		String widget = null;
		StringBuilder ours = new StringBuilder();
		int shown = 0;
		for (StackTraceElement frame : display.getThread().getStackTrace()) {
			String name = frame.getClassName();
			String simple = name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName();
			if (widget == null && (name.startsWith("org.eclipse.swt.widgets") || name.startsWith("org.eclipse.jface"))) {
				widget = simple;
			}
			if (name.startsWith("org.hjp") && !name.contains(".tests.") && shown++ < 5) {
				ours.append(" < ").append(simple);
			}
		}
		stacks.merge((widget == null ? "(no widget call)" : widget) + ours, 1, Integer::sum);
	}

	@Override
	public void close() {
		running = false;
		probe.interrupt();
	}
}
