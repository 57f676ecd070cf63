package org.hjp.workbench.sharing.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * One version of a partnership, its objects found by the ids a partnership file gives every object. A feature's value
 * is compared as a key: attribute values as they are, references as the ids of what they point to.
 */
final class ModelIndex {

	private final XMLResource resource;
	private final Map<String, EObject> byId = new HashMap<>();

	ModelIndex(Resource resource) {
		this.resource = (XMLResource) resource;
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			String id = this.resource.getID(object);
			if (id != null) {
				byId.put(id, object);
			}
		}
	}

	XMLResource resource() {
		return resource;
	}

	EObject get(String id) {
		return byId.get(id);
	}

	Map<String, EObject> objects() {
		return byId;
	}

	String id(EObject object) {
		return object == null ? null : resource.getID(object);
	}

	void register(EObject object, String id) {
		resource.setID(object, id);
		byId.put(id, object);
	}

	void forget(EObject object) {
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			byId.remove(id(all.next()));
		}
		byId.remove(id(object));
	}

	/** The features a merge compares: what a user edits, not what is worked out or held by containment. */
	static List<EStructuralFeature> compared(EObject object) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			boolean containment = feature instanceof EReference reference && (reference.isContainment() || reference.isContainer());
			if (!feature.isDerived() && !feature.isTransient() && feature.isChangeable() && !containment && !FeatureMapUtil.isFeatureMap(feature)) {
				features.add(feature);
			}
		}
		return features;
	}

	/** The value of {@code feature} in a form that compares across versions. */
	Object key(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature instanceof EAttribute) {
			return feature.isMany() ? List.copyOf((List<?>) value) : value;
		}
		if (feature.isMany()) {
			return ((List<?>) value).stream().map(target -> id((EObject) target)).toList();
		}
		return id((EObject) value);
	}

	/** Whether {@code object} and everything in it are as they are in {@code other}'s object of the same id, with nothing added. */
	boolean sameSubtree(EObject object, ModelIndex other) {
		EObject twin = other.get(id(object));
		if (twin == null || !sameFeatures(object, twin, other)) {
			return false;
		}
		int count = 0;
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext(); count++) {
			EObject part = all.next();
			EObject partTwin = other.get(id(part));
			if (partTwin == null || !sameFeatures(part, partTwin, other)) {
				return false;
			}
		}
		int twinCount = 0;
		for (TreeIterator<EObject> all = twin.eAllContents(); all.hasNext(); all.next()) {
			twinCount++;
		}
		return count == twinCount;
	}

	private boolean sameFeatures(EObject object, EObject twin, ModelIndex other) {
		for (EStructuralFeature feature : compared(object)) {
			if (!Objects.equals(key(object, feature), other.key(twin, feature))) {
				return false;
			}
		}
		return true;
	}
}
