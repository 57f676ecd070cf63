package org.hjp.workbench.ui.forms.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hjp.workbench.ui.forms.DetailForm;

/**
 * Where a list shows the selected item's form: one form per kind of item, kept and given each item of its kind; the
 * others put aside; a hint when no item is selected.
 */
final class DetailsArea {

	private final Composite area;
	private final FormContext context;
	/** The form of each kind of item shown so far. */
	private final Map<EClass, FieldsForm> forms = new HashMap<>();
	private final Label hint;

	DetailsArea(Composite area, FormContext context) {
		this.area = area;
		this.context = context;
		hint = FormStyle.help(area, "", 1);
	}

	boolean isDisposed() {
		return area.isDisposed();
	}

	/** Whether a form is kept for {@code item}'s kind. */
	boolean hasFormFor(EObject item) {
		return forms.containsKey(item.eClass());
	}

	/** Shows {@code item} in the form of its kind, which {@code form} describes; for null, a hint. */
	void show(EObject item, DetailForm form, boolean listEmpty) {
		FieldsForm shown = item == null ? null : formFor(item, form);
		forms.values().stream().filter(kept -> kept != shown).forEach(FieldsForm::putAside);
		if (shown != null) {
			shown.setShown(true);
		}
		hint.setText(listEmpty ? "The list is empty. Press Add (or Insert in the list) to add the first item."
				: "Select an item in the list to see and change its details.");
		((GridData) hint.getLayoutData()).exclude = item != null;
		hint.setVisible(item == null);
	}

	/** The form of {@code item}'s kind showing it: the one kept for its kind, or a new one if that cannot show it. */
	private FieldsForm formFor(EObject item, DetailForm form) {
		FieldsForm kept = forms.get(item.eClass());
		if (kept != null && kept.show(item, form)) {
			return kept;
		}
		if (kept != null) {
			forms.remove(item.eClass());
			kept.dispose();
		}
		FieldsForm made = FieldsForm.of(area, context, item, form);
		forms.put(item.eClass(), made);
		return made;
	}
}
