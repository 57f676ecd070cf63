package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.Problem.Severity;

/**
 * Puts the partnership's validation problems where the user works: under the field they are about, on the
 * row of the list that holds the item, and in the checks of the item's form.
 */
final class ProblemMarkers {

	/**
	 * A place that shows the problems about one field of the object a form shows now: {@code shown} is the form's
	 * object, which changes as the form is given another item of a list, or null while the form is put aside.
	 */
	record FieldSpot(IObservableValue<EObject> shown, EStructuralFeature feature, Control focus, FieldMessage message) {

		EObject object() {
			return shown.isDisposed() ? null : shown.getValue();
		}
	}

	/** Something that shows a set of problems, such as a list's row icons or an item's checks. */
	interface Listener {
		void problemsChanged();

		boolean isDisposed();
	}

	private final List<FieldSpot> fields = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<ListTable> tables = new CopyOnWriteArrayList<>();
	/** The problems by the object they are about, most serious first. */
	private Map<EObject, List<Problem>> byTarget = Map.of();
	/** The most serious problem about each object or anything inside it. */
	private Map<EObject, Severity> worstWithin = Map.of();

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
		index(shown);
		fields.removeIf(f -> f.message().isDisposed());
		listeners.removeIf(Listener::isDisposed);
		fields.forEach(this::show);
		for (Listener listener : listeners) {
			// An earlier listener can replace a form, and with it later listeners, e.g. a list showing another row.
			if (!listener.isDisposed()) {
				listener.problemsChanged();
			}
		}
	}

	/** Indexed once per validation, so that each row and field looks its problems up instead of searching them all. */
	private void index(List<Problem> shown) {
		Map<EObject, List<Problem>> targets = new HashMap<>();
		Map<EObject, Severity> worst = new HashMap<>();
		for (Problem problem : shown) {
			if (problem.target() == null) {
				continue;
			}
			targets.computeIfAbsent(problem.target(), t -> new ArrayList<>()).add(problem);
			for (EObject o = problem.target(); o != null; o = o.eContainer()) {
				Severity before = worst.get(o);
				if (before != null && before.compareTo(problem.severity()) <= 0) {
					break; // its containers already know of something at least as serious
				}
				worst.put(o, problem.severity());
			}
		}
		targets.values().forEach(list -> list.sort(Comparator.comparing(Problem::severity)));
		byTarget = targets;
		worstWithin = worst;
	}

	/** The problems about {@code object} itself, most serious first. */
	List<Problem> about(EObject object) {
		return object == null ? List.of() : byTarget.getOrDefault(object, List.of());
	}

	/** The most serious problem about {@code object} or anything inside it. */
	Optional<Severity> worstWithin(EObject object) {
		return object == null ? Optional.empty() : Optional.ofNullable(worstWithin.get(object));
	}

	Optional<Control> field(EObject object, EStructuralFeature feature) {
		return fields.stream().filter(f -> object != null && f.object() == object && Objects.equals(f.feature(), feature) && !f.focus().isDisposed())
				.map(FieldSpot::focus).findFirst();
	}

	/** Shows the problems about what {@code spot} is about now, e.g. after its form was given another object. */
	void show(FieldSpot spot) {
		Problem worst = about(spot.object()).stream().filter(p -> p.feature() == spot.feature()).findFirst().orElse(null);
		spot.message().check(worst == null ? null : worst.message(), worst == null ? null : worst.severity());
	}
}
