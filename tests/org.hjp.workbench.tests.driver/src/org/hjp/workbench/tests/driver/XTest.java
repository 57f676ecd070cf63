package org.hjp.workbench.tests.driver;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;

/**
 * Moves the pointer, clicks and types through the X server's XTest extension, with the xdotool program. SWT's
 * own {@code Display.post} puts synthetic events into GTK's queue instead: GTK never makes a double-click of
 * them, and some widgets do not receive their keys. Events from the X server are what a user's mouse and
 * keyboard produce.
 */
final class XTest {

	private static final int DOUBLE_CLICK_GAP_MS = 80;

	private XTest() {
	}

	static void click(Point at, int count) {
		// "mousemove --sync" waits for the pointer to move, forever if it is already there: step next to it first.
		run("xdotool", "mousemove", String.valueOf(at.x - 1), String.valueOf(at.y), "mousemove", "--sync", String.valueOf(at.x), String.valueOf(at.y),
				"click", "--repeat", String.valueOf(count), "--delay", String.valueOf(DOUBLE_CLICK_GAP_MS), "1");
	}

	/** Turns the mouse wheel {@code notches} at {@code at}: down for a positive number, up for a negative one. */
	static void wheel(Point at, int notches) {
		// X reports the wheel as buttons 4 (up) and 5 (down).
		run("xdotool", "mousemove", String.valueOf(at.x - 1), String.valueOf(at.y), "mousemove", "--sync", String.valueOf(at.x), String.valueOf(at.y),
				"click", "--repeat", String.valueOf(Math.abs(notches)), "--delay", "60", notches > 0 ? "5" : "4");
	}

	/** Presses a key combination in xdotool's words, e.g. {@code ctrl+z}, {@code alt+Up}, {@code Return}. */
	static void key(String combination) {
		run("xdotool", "key", "--clearmodifiers", combination);
	}

	/** Types text into the focused widget. */
	static void type(String text) {
		run("xdotool", "type", "--delay", "20", "--", text);
	}

	/** Waits until a window with this title shows, e.g. a native file dialog that SWT cannot see into. */
	static void awaitWindow(String title) {
		run("xdotool", "search", "--sync", "--onlyvisible", "--name", "^" + title + "$");
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("xdotool did not finish within 10 s");
			}
			if (process.exitValue() != 0) {
				throw new AssertionError("xdotool failed: " + new String(process.getInputStream().readAllBytes()));
			}
		} catch (IOException e) {
			throw new AssertionError("The UI tests need xdotool (Debian package xdotool) to click", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while clicking", e);
		}
	}
}
