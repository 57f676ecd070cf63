package org.hjp.workbench.ui.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A yes/no property as a check box; each click is one command. */
final class CheckField extends PropertyField {

	private Button check;

	CheckField(EditingDomain domain, EObject object, IItemPropertyDescriptor descriptor) {
		super(domain, object, descriptor);
	}

	@Override
	Control create(Composite parent) {
		check = new Button(parent, SWT.CHECK);
		check.setText("Yes");
		refresh();
		check.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> set(check.getSelection())));
		return check;
	}

	@Override
	void refresh() {
		if (check != null && !check.isDisposed()) {
			check.setSelection(Boolean.TRUE.equals(object.eGet(feature)));
		}
	}
}
