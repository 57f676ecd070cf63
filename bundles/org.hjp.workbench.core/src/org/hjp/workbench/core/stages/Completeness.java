package org.hjp.workbench.core.stages;

import java.util.List;

/**
 * How far a partnership has got with a stage: the things a stage asks for that are in place, and those still
 * missing, in the stage's order, so that the first missing one is a sensible next step.
 */
public record Completeness(List<String> done, List<String> missing) {

	/** For stages that do not say. */
	public static final Completeness UNKNOWN = new Completeness(List.of(), List.of());

	public Completeness {
		done = List.copyOf(done);
		missing = List.copyOf(missing);
	}

	public boolean isKnown() {
		return !done.isEmpty() || !missing.isEmpty();
	}

	public int percent() {
		int total = done.size() + missing.size();
		return total == 0 ? 0 : Math.round(100f * done.size() / total);
	}
}
