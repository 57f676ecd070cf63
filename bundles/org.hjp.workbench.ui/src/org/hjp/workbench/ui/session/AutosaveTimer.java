package org.hjp.workbench.ui.session;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Every half minute, writes the open partnership's unsaved changes to its autosave. */
public class AutosaveTimer {

	static final int INTERVAL_MS = 30_000;

	@Inject
	private CurrentPartnership current;

	@Inject
	private Display display;

	private final Runnable tick = this::tick;
	private boolean failureLogged;

	@PostConstruct
	void start() {
		display.timerExec(INTERVAL_MS, tick);
	}

	@PreDestroy
	void stop() {
		if (!display.isDisposed()) {
			display.timerExec(-1, tick);
		}
	}

	private void tick() {
		autosaveNow();
		display.timerExec(INTERVAL_MS, tick);
	}

	/** Writes the autosave at once. A failure is logged, once, and never interrupts the user's work. */
	public void autosaveNow() {
		current.document().ifPresent(document -> {
			try {
				document.autosave();
				failureLogged = false;
			} catch (IOException | RuntimeException e) {
				if (!failureLogged) {
					ILog.of(getClass()).warn("Could not autosave " + document.displayName(), e);
					failureLogged = true;
				}
			}
		});
	}
}
