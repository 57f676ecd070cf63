package org.hjp.workbench.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where an item is in its partnership: each step is the field that holds it and, in a list, its place counting from
 * 1. In a .hjp file this is the XPath of the item's element below the root, such as {@code /organisations[2]/people[1]};
 * the partnership itself is {@code /}.
 */
final class ItemPath {

	private ItemPath() {
	}

	static String of(EObject item) {
		Deque<String> steps = new ArrayDeque<>();
		for (EObject at = item; at.eContainer() != null; at = at.eContainer()) {
			EStructuralFeature feature = at.eContainingFeature();
			String step = feature.getName();
			if (feature.isMany()) {
				step += "[" + (((List<?>) at.eContainer().eGet(feature)).indexOf(at) + 1) + "]";
			}
			steps.addFirst(step);
		}
		return "/" + String.join("/", steps);
	}
}
