package org.hjp.workbench.ui.forms;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a list shows: a containment reference of its owner, the columns, optionally only items of one class,
 * and the form of the selected item.
 */
public final class ListSpec {

	private final EReference reference;
	private List<EStructuralFeature> columns = List.of();
	private EClass only;
	private EObject owner;
	private DetailForm details;
	private Consumer<EObject> newItems = item -> {
	};
	private String help;
	private boolean kindColumn;
	private int listShare = 45;

	private ListSpec(EReference reference) {
		if (!reference.isContainment() || !reference.isMany()) {
			throw new IllegalArgumentException(reference.getName() + " is not a list of contained items");
		}
		this.reference = reference;
	}

	public static ListSpec of(EReference reference) {
		return new ListSpec(reference);
	}

	/** The columns, in order; the first names the item. */
	public ListSpec columns(EStructuralFeature... features) {
		columns = List.of(features);
		return this;
	}

	/** Adds a column, after the first, naming each item's kind (e.g. "Training"), for lists of several kinds. */
	public ListSpec kindColumn() {
		kindColumn = true;
		return this;
	}

	/** Shows and adds only items of {@code type}. */
	public ListSpec only(EClass type) {
		only = type;
		return this;
	}

	/** The object holding the list, when it is not the form's object (e.g. the partnership's cohorts). */
	public ListSpec owner(EObject object) {
		owner = object;
		return this;
	}

	/**
	 * How an item the user adds starts, before it joins the list: for instance with its choices left for the user to
	 * make rather than taken from the model's defaults. Part of the same undoable step as the adding.
	 */
	public ListSpec newItems(Consumer<EObject> start) {
		newItems = start;
		return this;
	}

	public Consumer<EObject> newItems() {
		return newItems;
	}

	public ListSpec details(DetailForm form) {
		details = form;
		return this;
	}

	/**
	 * On a tab given to the list, the percentage of the width the list takes; its details have the rest. For short
	 * lists whose details need room, such as tables of results.
	 */
	public ListSpec listShare(int percent) {
		if (percent < 10 || percent > 90) {
			throw new IllegalArgumentException("a list takes from 10% to 90% of the width, not " + percent + "%");
		}
		listShare = percent;
		return this;
	}

	public int listShare() {
		return listShare;
	}

	/** A line of help above the list. */
	public ListSpec help(String text) {
		help = text;
		return this;
	}

	public EReference reference() {
		return reference;
	}

	public List<EStructuralFeature> columns() {
		return columns;
	}

	public boolean hasKindColumn() {
		return kindColumn;
	}

	public EClass only() {
		return only;
	}

	public EObject owner() {
		return owner;
	}

	public DetailForm details() {
		return details;
	}

	public String help() {
		return help;
	}
}
