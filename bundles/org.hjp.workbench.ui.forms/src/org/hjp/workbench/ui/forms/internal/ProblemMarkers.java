package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.Problem.Severity;

/**
 * Puts the partnership's validation problems where the user works: under the field they are about, on the
 * row of the list that holds the item, and in the checks of the item's form.
 */
final class ProblemMarkers {

	/** A place that shows the problems about one field of one object. */
	record FieldSpot(EObject object, EStructuralFeature feature, Control focus, FieldMessage message) {
	}

	/** Something that shows a set of problems, such as a list's row icons or an item's checks. */
	interface Listener {
		void problemsChanged();

		boolean isDisposed();
	}

	private final List<FieldSpot> fields = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<ListTable> tables = new CopyOnWriteArrayList<>();
	private List<Problem> problems = List.of();

	void field(FieldSpot spot) {
		fields.add(spot);
		spot.message().check(null, null);
		show(spot);
	}

	void listen(Listener listener) {
		listeners.add(listener);
	}

	void table(ListTable table) {
		tables.add(table);
	}

	List<ListTable> tables() {
		tables.removeIf(ListTable::isDisposed);
		return tables;
	}

	void show(List<Problem> shown) {
		problems = List.copyOf(shown);
		fields.removeIf(f -> f.message().isDisposed());
		listeners.removeIf(Listener::isDisposed);
		fields.forEach(this::show);
		listeners.forEach(Listener::problemsChanged);
	}

	/** The problems about {@code object} itself, most serious first. */
	List<Problem> about(EObject object) {
		List<Problem> found = new ArrayList<>();
		for (Problem problem : problems) {
			if (problem.target() == object) {
				found.add(problem);
			}
		}
		found.sort(Comparator.comparing(Problem::severity));
		return found;
	}

	/** The most serious problem about {@code object} or anything inside it. */
	Optional<Severity> worstWithin(EObject object) {
		return problems.stream().filter(p -> p.target() != null && EcoreUtil.isAncestor(object, p.target()))
				.map(Problem::severity).min(Comparator.naturalOrder());
	}

	Optional<Control> field(EObject object, EStructuralFeature feature) {
		return fields.stream().filter(f -> f.object() == object && Objects.equals(f.feature(), feature) && !f.focus().isDisposed())
				.map(FieldSpot::focus).findFirst();
	}

	private void show(FieldSpot spot) {
		Problem worst = problems.stream().filter(p -> p.target() == spot.object() && p.feature() == spot.feature())
				.min(Comparator.comparing(Problem::severity)).orElse(null);
		spot.message().check(worst == null ? null : worst.message(), worst == null ? null : worst.severity());
	}
}
