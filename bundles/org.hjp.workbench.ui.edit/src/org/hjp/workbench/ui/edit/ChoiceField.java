package org.hjp.workbench.ui.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A choice among fixed values (an enumeration) or among objects of the partnership (a reference). */
final class ChoiceField extends PropertyField {

	static final String NONE = "(none)";

	private Combo combo;
	private final List<Object> choices = new ArrayList<>();

	ChoiceField(EditingDomain domain, EObject object, IItemPropertyDescriptor descriptor) {
		super(domain, object, descriptor);
	}

	@Override
	Control create(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(12);
		refresh();
		combo.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				set(choices.get(index));
			}
		}));
		return combo;
	}

	@Override
	void refresh() {
		if (combo == null || combo.isDisposed()) {
			return;
		}
		choices.clear();
		if (feature instanceof EReference) {
			choices.add(null);
		}
		for (Object choice : descriptor.getChoiceOfValues(object)) {
			if (choice != null) {
				choices.add(choice);
			}
		}
		combo.setItems(choices.stream().map(c -> c == null ? NONE : label(c)).toArray(String[]::new));
		combo.select(choices.indexOf(object.eGet(feature)));
	}
}
