package org.hjp.workbench.core.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.stages.Commitment;

/** Model values in the words the workbench shows them with, for documents: never null, empty for nothing. */
public final class Wording {

	/** How documents write a day for people: 3 March 2025. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final AdapterFactory labels;
	private final LocalDate today;

	/**
	 * @param labels the model's item providers, which name choices, items and kinds of item
	 * @param today  the day the document is dated, which divides what was done from what is planned
	 */
	public Wording(AdapterFactory labels, LocalDate today) {
		this.labels = labels;
		this.today = today;
	}

	public LocalDate today() {
		return today;
	}

	/** The label of the value {@code owner} has chosen for {@code feature}, e.g. "Family violence". */
	public String choice(EObject owner, EStructuralFeature feature) {
		return ModelLabels.valueOf(labels, owner, feature, owner.eGet(feature));
	}

	/** The name the workbench shows for an item; empty for none. */
	public String name(EObject item) {
		return item == null ? "" : ModelLabels.nameOf(labels, item);
	}

	/** The names of items, separated by "; ". */
	public String names(Collection<? extends EObject> items) {
		return String.join("; ", items.stream().map(this::name).toList());
	}

	/** What kind of item it is, e.g. "Training". */
	public String kind(EObject item) {
		return ModelLabels.kindOf(labels, item);
	}

	/** The day in words, e.g. "3 March 2025"; empty for none. */
	public static String day(Date date) {
		return date == null ? "" : Commitment.day(date).format(DAY);
	}

	/** A number as the workbench shows it: 45, 2.5; empty for none. */
	public static String number(Number value) {
		return ValueFormat.format(value);
	}

	/** {@code value}, or {@code fallback} when nothing is written. */
	public static String text(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	/** "Yes" or "No". */
	public static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}
}
