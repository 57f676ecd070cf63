package org.hjp.workbench.ui.tests.driver;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;

/**
 * Moves the pointer and clicks through the X server's XTest extension, with the xdotool program. SWT's own
 * {@code Display.post} puts synthetic events into GTK's queue, from which GTK never makes a double-click;
 * pointer events that come from the X server are exactly what a user's mouse produces.
 */
final class XTest {

	private static final int DOUBLE_CLICK_GAP_MS = 80;

	private XTest() {
	}

	static void click(Point at, int count) {
		run("xdotool", "mousemove", "--sync", String.valueOf(at.x), String.valueOf(at.y),
				"click", "--repeat", String.valueOf(count), "--delay", String.valueOf(DOUBLE_CLICK_GAP_MS), "1");
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
