package org.hjp.workbench.core.stages;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Completeness} one question at a time. */
public final class Checklist {

	private final List<String> done = new ArrayList<>();
	private final List<String> missing = new ArrayList<>();

	/** Counts {@code what} (e.g. "Every need has evidence") as done if {@code met}, else as missing. */
	public Checklist check(String what, boolean met) {
		(met ? done : missing).add(what);
		return this;
	}

	/** Whether a text answer has been given. */
	public static boolean written(String answer) {
		return answer != null && !answer.isBlank();
	}

	public Completeness result() {
		return new Completeness(done, missing);
	}
}
