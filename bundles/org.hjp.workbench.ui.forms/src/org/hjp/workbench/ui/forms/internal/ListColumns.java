package org.hjp.workbench.ui.forms.internal;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;

/** The text of a list's cells and how rows sort by them; {@code null} as feature means the item's kind. */
final class ListColumns {

	private final FormContext context;

	ListColumns(FormContext context) {
		this.context = context;
	}

	String header(EObject prototype, EStructuralFeature feature) {
		return feature == null ? "Kind" : context.descriptor(prototype, feature).getDisplayName(prototype);
	}

	String text(EObject row, EStructuralFeature feature) {
		if (feature == null) {
			return kind(row);
		}
		if (!feature.getEContainingClass().isSuperTypeOf(row.eClass())) {
			return "";
		}
		Object value = row.eGet(feature);
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return b ? "Yes" : "";
		}
		if (feature instanceof EAttribute attribute && !(attribute.getEAttributeType() instanceof EEnum)) {
			return ValueText.format(value);
		}
		if (value instanceof EObject linked) {
			return ItemProviderLabelProvider.nameOf(context.adapterFactory, linked);
		}
		return context.descriptor(row, feature).getLabelProvider(row).getText(value);
	}

	String kind(EObject row) {
		return ItemProviderLabelProvider.kindOf(context.adapterFactory, row);
	}

	/** Orders rows by a column: choices in the model's order (low, medium, high), numbers and dates by value, text alphabetically. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	int compare(EObject a, EObject b, EStructuralFeature feature, TextKeys textKeys) {
		if (feature instanceof EAttribute && feature.getEContainingClass().isSuperTypeOf(a.eClass())
				&& feature.getEContainingClass().isSuperTypeOf(b.eClass())) {
			Object x = a.eGet(feature);
			Object y = b.eGet(feature);
			if (x == null || y == null) {
				return x == null ? (y == null ? 0 : 1) : -1;
			}
			if (x instanceof Enumerator ex && y instanceof Enumerator ey) {
				return Integer.compare(ex.getValue(), ey.getValue());
			}
			if (x instanceof Comparable cx && !(x instanceof String) && x.getClass() == y.getClass()) {
				return cx.compareTo(y);
			}
		}
		return textKeys.of(a, row -> text(row, feature)).compareTo(textKeys.of(b, row -> text(row, feature)));
	}
}
