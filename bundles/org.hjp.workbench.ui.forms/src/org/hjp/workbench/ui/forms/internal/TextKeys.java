package org.hjp.workbench.ui.forms.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * The rows' texts in one column, ready to compare alphabetically. Within one sort each row's text is worked out
 * once (10,000 rows take 130,000 comparisons); from one sort to the next a row whose text did not change keeps its
 * key, so that a sorted list of 10,000 items is sorted again quickly after each change.
 */
final class TextKeys {

	private static final Collator COLLATOR = Collator.getInstance();

	private record Keyed(String text, CollationKey key) {
	}

	private Map<EObject, Keyed> previous = Map.of();
	private final Map<EObject, Keyed> current = new IdentityHashMap<>();

	CollationKey of(EObject row, Function<EObject, String> text) {
		Keyed keyed = current.get(row);
		if (keyed == null) {
			String now = text.apply(row);
			Keyed before = previous.get(row);
			keyed = before != null && before.text().equals(now) ? before : new Keyed(now, COLLATOR.getCollationKey(now));
			current.put(row, keyed);
		}
		return keyed.key();
	}

	/** Keeps the keys of the rows sorted, and only those, for the next sort. */
	void sortDone() {
		previous = new IdentityHashMap<>(current);
		current.clear();
	}
}
