package org.hjp.workbench.sharing.merge;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A merged partnership and what is left for the user to choose. Each conflict holds theirs until settled; settling
 * one as {@link Side#MINE} puts my side in.
 */
public final class MergeResult {

	private final Resource merged;
	private final Map<Conflict, Runnable> keepMine;

	MergeResult(Resource merged, Map<Conflict, Runnable> keepMine) {
		this.merged = merged;
		this.keepMine = keepMine;
	}

	/** The merged partnership: theirs with my changes in, and theirs wherever a conflict is not settled as mine. */
	public Resource merged() {
		return merged;
	}

	/** The conflicts, in the order they were found. */
	public List<Conflict> conflicts() {
		return List.copyOf(keepMine.keySet());
	}

	/** Keeps {@code side} of {@code conflict}; a conflict is settled once. */
	public void settle(Conflict conflict, Side side) {
		Runnable mine = keepMine.remove(conflict);
		if (mine == null) {
			throw new IllegalArgumentException("the conflict is not one of this merge's, or was settled already: " + conflict.describe());
		}
		if (side == Side.MINE) {
			mine.run();
		}
	}
}
