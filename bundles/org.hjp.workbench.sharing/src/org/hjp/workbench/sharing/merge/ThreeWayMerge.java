package org.hjp.workbench.sharing.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
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
 * they changed something in them or made something point to them; a reference of mine to an object they deleted is
 * a conflict too. Keeping mine brings back what they deleted, from my copy, with the objects it sits in. The order
 * of existing objects, and an object moved to another parent, stay as theirs.
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
		List<EObject> added = new ArrayList<>();
		for (Map.Entry<String, EObject> entry : List.copyOf(mine.objects().entrySet())) {
			EObject object = entry.getValue();
			EObject container = object.eContainer();
			// Only the topmost of what I added: what is inside it comes with it.
			if (base.get(entry.getKey()) != null || container == null || base.get(mine.id(container)) == null) {
				continue;
			}
			EObject target = merged.get(mine.id(container));
			if (target == null) {
				conflict(new Conflict(Conflict.Kind.ADDED_TO_DELETED, entry.getKey(), Labels.of(object), null, "added to " + Labels.of(container),
						"deleted " + Labels.of(container)), () -> restore(object));
			} else {
				added.add(object);
				insert(object, target);
			}
		}
		for (EObject object : added) {
			linkCopiesIn(object);
		}
	}

	/** The references of the copies of {@code original} and what is in it; one to an object they deleted is a conflict. */
	private void linkCopiesIn(EObject original) {
		List<EObject> originals = new ArrayList<>(List.of(original));
		original.eAllContents().forEachRemaining(originals::add);
		for (EObject each : originals) {
			EObject copy = copies.get(each);
			if (copy == null) {
				continue;
			}
			for (EStructuralFeature feature : ModelIndex.compared(each)) {
				if (feature instanceof EReference) {
					List<EObject> missing = missingTargets(each, feature);
					set(copy, feature, each);
					if (!missing.isEmpty()) {
						referenceConflict(each, copy, feature, missing);
					}
				}
			}
		}
	}

	private void insert(EObject added, EObject target) {
		if (merged.get(mine.id(added)) != null) {
			// They have it already: the same save sent twice (one cut off after it went through), or it was moved there.
			return;
		}
		EReference feature = added.eContainmentFeature();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(added);
		// What they have already stays where they have it, not a second time under the same id.
		for (Map.Entry<EObject, EObject> copied : List.copyOf(copier.entrySet())) {
			if (copied.getKey() != added && merged.get(mine.id(copied.getKey())) != null) {
				EcoreUtil.remove(copied.getValue());
			}
		}
		for (Map.Entry<EObject, EObject> copied : copier.entrySet()) {
			if (EcoreUtil.isAncestor(copy, copied.getValue())) {
				merged.register(copied.getValue(), mine.id(copied.getKey()));
				copies.put(copied.getKey(), copied.getValue());
			}
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
				if (!Objects.equals(theirKey, base.key(was, feature))) {
					if (!Objects.equals(theirKey, mine.key(now, feature))) {
						conflict(new Conflict(Conflict.Kind.BOTH_CHANGED, entry.getKey(), Labels.of(theirs), Labels.feature(feature), Labels.value(now, feature),
								Labels.value(theirs, feature)), () -> set(theirs, feature, now));
					}
				} else {
					List<EObject> missing = feature instanceof EReference ? missingTargets(now, feature) : List.of();
					if (missing.isEmpty()) {
						set(theirs, feature, now);
					} else {
						referenceConflict(now, theirs, feature, missing);
					}
				}
			}
		}
	}

	/** The objects {@code mine}'s feature points to that the merged partnership no longer has: they deleted them. */
	private List<EObject> missingTargets(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		Collection<?> targets = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
		return targets.stream().map(EObject.class::cast).filter(target -> merged.get(mine.id(target)) == null).toList();
	}

	private void referenceConflict(EObject now, EObject target, EStructuralFeature feature, List<EObject> missing) {
		String deleted = missing.stream().map(Labels::of).collect(Collectors.joining(", "));
		conflict(new Conflict(Conflict.Kind.REFERS_TO_DELETED, mine.id(now), Labels.of(now), Labels.feature(feature), "points to " + deleted,
				"deleted " + deleted), () -> {
					missing.forEach(this::restore);
					set(target, feature, now);
				});
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
			List<String> newReferences = newReferencesInto(theirs);
			if (base.sameSubtree(was, merged) && newReferences.isEmpty()) {
				delete(theirs);
			} else {
				conflict(new Conflict(Conflict.Kind.DELETED_BY_ME, entry.getKey(), Labels.of(theirs), null, "deleted it",
						newReferences.isEmpty() ? "changed it" : "made " + String.join(", ", newReferences) + " point to it"), () -> delete(theirs));
			}
		}
	}

	/** The objects outside {@code theirs} that point into it in the merged partnership but did not in the base: they made them. */
	private List<String> newReferencesInto(EObject theirs) {
		List<EObject> inside = new ArrayList<>(List.of(theirs));
		for (TreeIterator<EObject> all = theirs.eAllContents(); all.hasNext();) {
			inside.add(all.next());
		}
		List<String> found = new ArrayList<>();
		Map<EObject, Collection<EStructuralFeature.Setting>> uses = EcoreUtil.UsageCrossReferencer.findAll(inside, merged.resource());
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> use : uses.entrySet()) {
			for (EStructuralFeature.Setting setting : use.getValue()) {
				EObject from = setting.getEObject();
				if (inside.contains(from) || !ModelIndex.compared(from).contains(setting.getEStructuralFeature())) {
					continue;
				}
				EObject was = base.get(merged.id(from));
				Object before = was == null ? null : base.key(was, setting.getEStructuralFeature());
				String target = merged.id(use.getKey());
				boolean pointedBefore = target.equals(before) || before instanceof List<?> list && list.contains(target);
				if (!pointedBefore && !found.contains(Labels.of(from))) {
					found.add(Labels.of(from));
				}
			}
		}
		return found;
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

	/**
	 * Keeping mine for an object they deleted: my object back where it is in my copy, with what is in it; if they
	 * deleted what it sits in as well, that comes back too, as my copy has it.
	 */
	private void restore(EObject now) {
		EObject missing = now;
		while (missing.eContainer() != null && merged.get(mine.id(missing.eContainer())) == null) {
			missing = missing.eContainer();
		}
		EObject container = missing.eContainer() == null ? null : merged.get(mine.id(missing.eContainer()));
		if (container != null && merged.get(mine.id(missing)) == null) {
			insert(missing, container);
			linkCopiesIn(missing);
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
