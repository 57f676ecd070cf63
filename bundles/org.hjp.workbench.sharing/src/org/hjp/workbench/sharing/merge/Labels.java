package org.hjp.workbench.sharing.merge;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Objects and values in words for a list of conflicts, without the edit bundles' item providers (no UI here). */
final class Labels {

	private static final List<String> NAMING = List.of("name", "title", "label", "description", "stageId");
	private static final int LONGEST = 80;

	private Labels() {
	}

	static String of(EObject object) {
		if (object == null) {
			return "nothing";
		}
		String kind = words(object.eClass().getName());
		for (String name : NAMING) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature != null && !feature.isMany() && object.eGet(feature) instanceof String text && !text.isBlank()) {
				return kind + " \u201c" + shortened(text) + "\u201d";
			}
		}
		return kind;
	}

	static String value(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (value instanceof EObject target) {
			return of(target);
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "none" : String.join(", ", list.stream().map(v -> v instanceof EObject o ? of(o) : String.valueOf(v)).toList());
		}
		return value == null || "".equals(value) ? "empty" : "\u201c" + shortened(String.valueOf(value)) + "\u201d";
	}

	static String feature(EStructuralFeature feature) {
		return words(feature.getName()).toLowerCase(java.util.Locale.ROOT);
	}

	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2");
	}

	private static String shortened(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= LONGEST ? line : line.substring(0, LONGEST - 1) + "\u2026";
	}
}
