package org.hjp.workbench.tests.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets the way a user does: finds them by a data key or their text, and clicks and types
 * with real X events (see {@link XTest}). Every wait has a timeout.
 */
public final class SwtDriver {

	public static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final Duration UI_ANSWER = Duration.ofSeconds(30);
	private final Display display;

	public SwtDriver(Display display) {
		this.display = display;
	}

	/**
	 * Runs {@code query} on the UI thread and returns its result. The wait is bounded, so that a UI thread
	 * stuck in a native dialog fails the test instead of hanging the build.
	 */
	public <T> T onUi(Callable<T> query) {
		if (Display.getCurrent() == display) {
			return callHere(query);
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(1);
		display.asyncExec(() -> {
			try {
				result.set(query.call());
			} catch (Exception e) {
				failure.set(e);
			} finally {
				done.countDown();
			}
		});
		try {
			if (!done.await(UI_ANSWER.toSeconds(), TimeUnit.SECONDS)) {
				throw new AssertionError("The UI thread did not answer within " + UI_ANSWER.toSeconds() + " s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", e);
		}
		if (failure.get() != null) {
			throw new AssertionError("UI query failed", failure.get());
		}
		return result.get();
	}

	private static <T> T callHere(Callable<T> query) {
		try {
			return query.call();
		} catch (Exception e) {
			throw new AssertionError("UI query failed", e);
		}
	}

	public void runOnUi(Runnable action) {
		onUi(() -> {
			action.run();
			return null;
		});
	}

	/** The first visible control of {@code type} that matches, waiting until one appears. */
	public <T extends Control> T find(Class<T> type, Predicate<T> matches, String description) {
		AtomicReference<T> found = new AtomicReference<>();
		waitUntil(() -> {
			found.set(onUi(() -> search(type, matches)));
			return found.get() != null;
		}, description);
		return found.get();
	}

	/** The first visible control of {@code type} whose data under {@code key} equals {@code value}. */
	public <T extends Control> T byKey(Class<T> type, String key, Object value) {
		return find(type, c -> Objects.equals(c.getData(key), value), type.getSimpleName() + " with " + key + "=" + value);
	}

	private <T extends Control> T search(Class<T> type, Predicate<T> matches) {
		List<Shell> shells = new ArrayList<>(List.of(display.getShells()));
		java.util.Collections.reverse(shells);
		for (Shell shell : shells) {
			if (shell.isVisible()) {
				T found = search(shell, type, matches);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static <T extends Control> T search(Control control, Class<T> type, Predicate<T> matches) {
		if (!control.isVisible()) {
			return null;
		}
		if (type.isInstance(control) && matches.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = search(child, type, matches);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * The first control of this type inside {@code parent}, depth first, that matches, shown or not (as on a tab
	 * not selected); call on the UI thread.
	 */
	public static <T extends Control> T findIn(Composite parent, Class<T> type, Predicate<T> matches) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && matches.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = findIn(composite, type, matches);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Clicks the middle of {@code control}, scrolling it into view first as a user would. */
	public void click(Control control) {
		scrollIntoView(control);
		click(control, onUi(() -> {
			Point size = control.getSize();
			return new Rectangle(0, 0, size.x, size.y);
		}), 1);
	}

	/** Scrolls the scrolled area around {@code control} until the control shows, and waits for it to come to rest. */
	public void scrollIntoView(Control control) {
		boolean scrolled = onUi(() -> {
			for (Control c = control.getParent(); c != null; c = c.getParent()) {
				if (c instanceof ScrolledComposite scroller) {
					scroller.showControl(control);
					return true;
				}
			}
			return false;
		});
		if (scrolled) {
			Point[] last = new Point[1];
			waitUntil(() -> {
				Point now = onUi(() -> control.toDisplay(0, 0));
				boolean still = now.equals(last[0]);
				last[0] = now;
				return still;
			}, "the scrolled form to come to rest");
		}
	}

	/** Clicks {@code count} times in the middle of {@code bounds}, given relative to {@code control}. */
	public void click(Control control, Rectangle bounds, int count) {
		Point target = onUi(() -> control.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2));
		XTest.click(target, count);
		settle();
	}

	/** Turns the mouse wheel over the middle of {@code control}: {@code notches} down, or up when negative. */
	public void wheel(Control control, int notches) {
		Point middle = onUi(() -> {
			Point size = control.getSize();
			return control.toDisplay(size.x / 2, size.y / 2);
		});
		XTest.wheel(middle, notches);
		settle();
	}

	/** Types text as key presses. */
	public void type(String text) {
		XTest.type(text);
		settle();
	}

	/** Presses a key with modifiers, e.g. {@code press(SWT.MOD1, 'z')} or {@code press(0, SWT.CR)}. */
	public void press(int modifiers, int key) {
		StringBuilder combination = new StringBuilder();
		if ((modifiers & SWT.CTRL) != 0) {
			combination.append("ctrl+");
		}
		if ((modifiers & SWT.ALT) != 0) {
			combination.append("alt+");
		}
		if ((modifiers & SWT.SHIFT) != 0) {
			combination.append("shift+");
		}
		combination.append(keyName(key));
		XTest.key(combination.toString());
		settle();
	}

	private static String keyName(int key) {
		return switch (key) {
			case SWT.CR -> "Return";
			case SWT.ESC -> "Escape";
			case SWT.TAB -> "Tab";
			case ' ' -> "space";
			case SWT.DEL -> "Delete";
			case SWT.INSERT -> "Insert";
			case SWT.F2 -> "F2";
			case SWT.PAGE_DOWN -> "Next";
			case SWT.PAGE_UP -> "Prior";
			case SWT.HOME -> "Home";
			case SWT.END -> "End";
			case SWT.ARROW_UP -> "Up";
			case SWT.ARROW_DOWN -> "Down";
			case SWT.ARROW_LEFT -> "Left";
			case SWT.ARROW_RIGHT -> "Right";
			default -> {
				if (key > 0x20 && key < 0x7f) {
					yield String.valueOf((char) key);
				}
				throw new IllegalArgumentException("No key name for " + key);
			}
		};
	}

	/** Waits for a native window (a GTK file dialog, say) by its title; SWT does not list those as shells. */
	public void awaitNativeWindow(String title) {
		XTest.awaitWindow(title);
		settle();
	}

	/** Waits out the display's double-click time, so that the next click is not taken as the second half of a double-click. */
	public void afterDoubleClickTime() throws InterruptedException {
		Thread.sleep(onUi(display::getDoubleClickTime) + 50);
	}

	/**
	 * Gives the UI thread time to receive and handle what has been sent: a round trip through its queue. A
	 * native dialog (the GTK file chooser) does not serve that queue while it is open, so the wait is bounded.
	 */
	public void settle() {
		sleep(100);
		CountDownLatch handled = new CountDownLatch(1);
		display.asyncExec(handled::countDown);
		try {
			handled.await(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", e);
		}
	}

	public void waitUntil(BooleanSupplier condition, String description) {
		await(condition, TIMEOUT, description);
	}

	public static void await(BooleanSupplier condition, Duration timeout, String description) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + description);
			}
			sleep(50);
		}
	}

	/** Saves a picture of the whole screen as PNG. */
	public void screenshot(Path file) {
		screenshot(file, null);
	}

	/** Writes a PNG of what the screen shows of {@code shell} (with its frame), or of the whole screen when it is null. */
	public void screenshot(Path file, org.eclipse.swt.widgets.Shell shell) {
		runOnUi(() -> {
			Rectangle bounds = shell == null ? display.getBounds() : shell.getBounds().intersection(display.getBounds());
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageData data = image.getImageData();
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { data };
				Files.createDirectories(file.getParent());
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	/** The text of a widget, read on the UI thread. */
	public String text(Widget widget) {
		return onUi(() -> {
			if (widget instanceof org.eclipse.swt.widgets.Text t) {
				return t.getText();
			}
			if (widget instanceof org.eclipse.swt.widgets.Label l) {
				return l.getText();
			}
			if (widget instanceof org.eclipse.swt.widgets.Item i) {
				return i.getText();
			}
			return String.valueOf(widget);
		});
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", e);
		}
	}
}
