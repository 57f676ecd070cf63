package org.hjp.workbench.sharing.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/** What changed from one version of a partnership to another, object by object and field by field, in words. */
public final class Differences {

	/** One change: an object added or removed, or a field of it changed from {@code before} to {@code after}. */
	public record Difference(Kind kind, String object, String feature, String before, String after) {

		public enum Kind {
			ADDED, REMOVED, CHANGED
		}

		/** One line for a list of changes. */
		public String describe() {
			return switch (kind) {
				case ADDED -> "Added: " + object;
				case REMOVED -> "Removed: " + object;
				case CHANGED -> object + ", " + feature + ": " + before + " \u2192 " + after;
			};
		}
	}

	private Differences() {
	}

	/** The changes that make {@code older} into {@code newer}, in the order of the files, removals last; an added or removed object once, with what is in it. */
	public static List<Difference> between(Resource older, Resource newer) {
		ModelIndex before = new ModelIndex(older);
		ModelIndex after = new ModelIndex(newer);
		List<Difference> differences = new ArrayList<>();
		for (TreeIterator<EObject> all = newer.getAllContents(); all.hasNext();) {
			EObject is = all.next();
			EObject was = before.get(after.id(is));
			if (was == null) {
				differences.add(new Difference(Difference.Kind.ADDED, Labels.of(is), null, null, null));
				all.prune();
				continue;
			}
			for (EStructuralFeature feature : ModelIndex.compared(is)) {
				if (!Objects.equals(before.key(was, feature), after.key(is, feature))) {
					differences.add(new Difference(Difference.Kind.CHANGED, Labels.of(is), Labels.feature(feature), Labels.value(was, feature), Labels.value(is, feature)));
				}
			}
		}
		for (TreeIterator<EObject> all = older.getAllContents(); all.hasNext();) {
			EObject was = all.next();
			if (after.get(before.id(was)) == null) {
				differences.add(new Difference(Difference.Kind.REMOVED, Labels.of(was), null, null, null));
				all.prune();
			}
		}
		return differences;
	}
}
