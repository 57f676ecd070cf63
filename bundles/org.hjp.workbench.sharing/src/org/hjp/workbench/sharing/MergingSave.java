package org.hjp.workbench.sharing;

import java.util.Arrays;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.sharing.merge.MergeResult;
import org.hjp.workbench.sharing.merge.Side;
import org.hjp.workbench.sharing.merge.ThreeWayMerge;

/**
 * Saves my copy of a partnership on top of the version it started from; when others saved since, merges my changes
 * into the latest version by object and field and saves that, as often as others keep saving in between. What both
 * changed comes back as {@link Outcome.Conflicted}, unless a side was chosen for all of it beforehand.
 */
public final class MergingSave {

	/** How often a save may find yet another version saved in between: each time, someone else's save went through. */
	static final int ATTEMPTS = 100;

	/** How a save ended. */
	public sealed interface Outcome {

		/** Saved as {@code version}; {@code content} is what was saved, merged with others' saves when {@code merged}. */
		record Saved(int version, byte[] content, boolean merged) implements Outcome {
		}

		/** My copy is the version it started from: nothing to save. */
		record Unchanged(int version) implements Outcome {
		}

		/**
		 * Others saved {@code latest} and changed what I changed: nothing was saved. {@code merge} holds the merged
		 * partnership and the conflicts; once they are settled, save {@code merge.merged()} on top of {@code latest}.
		 */
		record Conflicted(int latest, String latestBy, MergeResult merge) implements Outcome {
		}
	}

	private MergingSave() {
	}

	/**
	 * Saves {@code mine}, a copy of version {@code base} of partnership {@code id}; {@code takeAll} settles every
	 * conflict with one side, or is null to hand conflicts back.
	 */
	public static Outcome save(SharedRepository repository, String id, int base, Resource mine, Side takeAll) throws RepositoryException {
		byte[] started = repository.read(id, OptionalInt.of(base)).content();
		byte[] mineBytes = PartnershipBytes.of(mine, id + ".hjp");
		if (Arrays.equals(started, mineBytes)) {
			return new Outcome.Unchanged(base);
		}
		Resource toSend = mine;
		byte[] content = mineBytes;
		int onto = base;
		for (int attempt = 1;; attempt++) {
			try {
				return new Outcome.Saved(repository.save(id, onto, PartnershipBytes.name(toSend), content), content, toSend != mine);
			} catch (StaleVersionException stale) {
				if (attempt == ATTEMPTS) {
					throw stale;
				}
				SharedRepository.Stored latest = repository.read(id, OptionalInt.empty());
				MergeResult merge = ThreeWayMerge.merge(PartnershipBytes.load(started, "version " + base), mine,
						PartnershipBytes.load(latest.content(), "version " + latest.version()));
				if (!merge.conflicts().isEmpty() && takeAll == null) {
					return new Outcome.Conflicted(latest.version(), latest.savedBy(), merge);
				}
				// Keeping mine can bring back objects whose own references raise conflicts of their own: settled the same way.
				while (!merge.conflicts().isEmpty()) {
					merge.conflicts().forEach(conflict -> merge.settle(conflict, takeAll));
				}
				toSend = merge.merged();
				content = PartnershipBytes.of(toSend, id + ".hjp");
				onto = latest.version();
			}
		}
	}
}
