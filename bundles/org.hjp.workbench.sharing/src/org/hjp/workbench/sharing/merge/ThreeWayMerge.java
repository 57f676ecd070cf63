package org.hjp.workbench.sharing.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Merges my changes to a partnership into theirs, by object identity (the ids every object of a partnership file
 * has) and feature: what I changed since the version I started from (base) is applied to the version saved since
 * (theirs), unless they changed the same thing otherwise; then it is a {@link Conflict}, and theirs stays until the
 * user chooses. Objects I added go in after the same neighbour they follow in my copy; objects I deleted go unless
 * they changed something in them. The order of existing objects, and an object moved to another parent, stay as
 * theirs.
 */
public final class ThreeWayMerge {

	private final ModelIndex base;
	private final ModelIndex mine;
	private final ModelIndex merged;
	private final Map<Conflict, Runnable> keepMine = new LinkedHashMap<>();
	private final Map<EObject, EObject> copies = new LinkedHashMap<>();

	private ThreeWayMerge(Resource base, Resource mine, Resource theirs) {
		this.base = new ModelIndex(base);
		this.mine = new ModelIndex(mine);
		this.merged = new ModelIndex(theirs);
	}

	/** Applies my changes (from {@code base} to {@code mine}) to {@code theirs}, which becomes the merged partnership. */
	public static MergeResult merge(Resource base, Resource mine, Resource theirs) {
		ThreeWayMerge merge = new ThreeWayMerge(base, mine, theirs);
		merge.additions();
		merge.changes();
		merge.deletions();
		return new MergeResult(theirs, merge.keepMine);
	}

	private void additions() {
		for (Map.Entry<String, EObject> entry : List.copyOf(mine.objects().entrySet())) {
			EObject added = entry.getValue();
			EObject container = added.eContainer();
			// Only the topmost of what I added: what is inside it comes with it.
			if (base.get(entry.getKey()) != null || container == null || base.get(mine.id(container)) == null) {
				continue;
			}
			EObject target = merged.get(mine.id(container));
			if (target == null) {
				conflict(new Conflict(Conflict.Kind.ADDED_TO_DELETED, entry.getKey(), Labels.of(added), null, "added to " + Labels.of(container),
						"deleted " + Labels.of(container) + ", so it cannot be added there"), () -> {
						});
			} else {
				insert(added, target);
			}
		}
		linkCopies();
	}

	/** The references of the objects copied from mine, to the merged objects of the same ids. */
	private void linkCopies() {
		for (Map.Entry<EObject, EObject> copy : copies.entrySet()) {
			for (EStructuralFeature feature : ModelIndex.compared(copy.getKey())) {
				if (feature instanceof EReference) {
					set(copy.getValue(), feature, copy.getKey());
				}
			}
		}
	}

	private void insert(EObject added, EObject target) {
		EReference feature = added.eContainmentFeature();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(added);
		for (Map.Entry<EObject, EObject> copied : copier.entrySet()) {
			merged.register(copied.getValue(), mine.id(copied.getKey()));
			copies.put(copied.getKey(), copied.getValue());
		}
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> siblings = (List<EObject>) target.eGet(feature);
			siblings.add(indexAfterNeighbour(added, siblings), copy);
		} else if (target.eGet(feature) == null) {
			target.eSet(feature, copy);
		} else {
			EObject theirs = (EObject) target.eGet(feature);
			conflict(new Conflict(Conflict.Kind.BOTH_CHANGED, merged.id(target), Labels.of(target), Labels.feature(feature), Labels.of(added),
					Labels.of(theirs)), () -> target.eSet(feature, copy));
		}
	}

	/** Just after the nearest object before it in my copy that theirs has too; first when there is none. */
	private int indexAfterNeighbour(EObject added, List<EObject> siblings) {
		@SuppressWarnings("unchecked")
		List<EObject> mySiblings = (List<EObject>) added.eContainer().eGet(added.eContainmentFeature());
		for (int i = mySiblings.indexOf(added) - 1; i >= 0; i--) {
			EObject neighbour = merged.get(mine.id(mySiblings.get(i)));
			int index = neighbour == null ? -1 : siblings.indexOf(neighbour);
			if (index >= 0) {
				return index + 1;
			}
		}
		return 0;
	}

	private void changes() {
		for (Map.Entry<String, EObject> entry : base.objects().entrySet()) {
			EObject was = entry.getValue();
			EObject now = mine.get(entry.getKey());
			if (now == null) {
				continue;
			}
			List<EStructuralFeature> changed = ModelIndex.compared(was).stream()
					.filter(feature -> !Objects.equals(feature instanceof EReference ? withoutMyDeletions(base.key(was, feature)) : base.key(was, feature),
							mine.key(now, feature)))
					.toList();
			if (changed.isEmpty()) {
				continue;
			}
			EObject theirs = merged.get(entry.getKey());
			if (theirs == null) {
				String fields = changed.stream().map(Labels::feature).collect(Collectors.joining(", "));
				conflict(new Conflict(Conflict.Kind.DELETED_BY_THEM, entry.getKey(), Labels.of(now), null, "changed " + fields, "deleted it"),
						() -> restore(now));
				continue;
			}
			for (EStructuralFeature feature : changed) {
				Object theirKey = merged.key(theirs, feature);
				if (Objects.equals(theirKey, base.key(was, feature))) {
					set(theirs, feature, now);
				} else if (!Objects.equals(theirKey, mine.key(now, feature))) {
					conflict(new Conflict(Conflict.Kind.BOTH_CHANGED, entry.getKey(), Labels.of(theirs), Labels.feature(feature), Labels.value(now, feature),
							Labels.value(theirs, feature)), () -> set(theirs, feature, now));
				}
			}
		}
	}

	/**
	 * A reference that lost its target because I deleted the target is part of that deletion, not a change of its own:
	 * if they changed what I deleted and the user keeps theirs, the reference stays too.
	 */
	private Object withoutMyDeletions(Object baseKey) {
		if (baseKey instanceof String id && base.get(id) != null && mine.get(id) == null) {
			return null;
		}
		if (baseKey instanceof List<?> ids && !ids.isEmpty() && ids.get(0) instanceof String) {
			return ids.stream().filter(id -> !(base.get((String) id) != null && mine.get((String) id) == null)).toList();
		}
		return baseKey;
	}

	private void deletions() {
		for (Map.Entry<String, EObject> entry : base.objects().entrySet()) {
			EObject was = entry.getValue();
			EObject container = was.eContainer();
			if (mine.get(entry.getKey()) != null || container != null && mine.get(base.id(container)) == null) {
				continue;
			}
			EObject theirs = merged.get(entry.getKey());
			if (theirs == null) {
				continue;
			}
			if (base.sameSubtree(was, merged)) {
				delete(theirs);
			} else {
				conflict(new Conflict(Conflict.Kind.DELETED_BY_ME, entry.getKey(), Labels.of(theirs), null, "deleted it", "changed it"), () -> delete(theirs));
			}
		}
	}

	/** Sets {@code target}'s feature to {@code source}'s value, references going to the merged objects of the same ids. */
	@SuppressWarnings("unchecked")
	private void set(EObject target, EStructuralFeature feature, EObject source) {
		Object value = source.eGet(feature);
		if (feature instanceof EAttribute) {
			if (feature.isMany()) {
				List<Object> list = (List<Object>) target.eGet(feature);
				list.clear();
				list.addAll((List<Object>) value);
			} else {
				target.eSet(feature, value);
			}
		} else if (feature.isMany()) {
			List<EObject> list = (List<EObject>) target.eGet(feature);
			list.clear();
			for (EObject each : (List<EObject>) value) {
				EObject mapped = merged.get(mine.id(each));
				if (mapped != null && !list.contains(mapped)) {
					list.add(mapped);
				}
			}
		} else {
			target.eSet(feature, value == null ? null : merged.get(mine.id((EObject) value)));
		}
	}

	/** Keeping mine for an object they deleted: my object, with what is in it, back where it was, if its parent is still there. */
	private void restore(EObject now) {
		EObject container = now.eContainer() == null ? null : merged.get(mine.id(now.eContainer()));
		if (container != null && merged.get(mine.id(now)) == null) {
			insert(now, container);
			linkCopies();
		}
	}

	private void delete(EObject theirs) {
		merged.forget(theirs);
		EcoreUtil.delete(theirs, true);
	}

	private void conflict(Conflict conflict, Runnable mineAction) {
		keepMine.put(conflict, mineAction);
	}
}
