package org.hjp.workbench.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A list of linked objects (e.g. the needs an activity meets), changed through a dialog of check boxes. */
final class ManyReferenceField extends PropertyField {

	private Label summary;

	ManyReferenceField(EditingDomain domain, EObject object, IItemPropertyDescriptor descriptor) {
		super(domain, object, descriptor);
	}

	@Override
	Control create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		summary = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		Button choose = new Button(box, SWT.PUSH);
		choose.setText("Choose...");
		choose.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> choose(box)));
		refresh();
		return box;
	}

	@Override
	void refresh() {
		if (summary != null && !summary.isDisposed()) {
			List<String> labels = current().stream().map(this::label).toList();
			summary.setText(labels.isEmpty() ? ChoiceField.NONE : String.join("; ", labels));
			summary.requestLayout();
		}
	}

	private void choose(Composite box) {
		List<Object> choices = new ArrayList<>(descriptor.getChoiceOfValues(object));
		choices.remove(null);
		ChoicesDialog dialog = new ChoicesDialog(box.getShell(), descriptor.getDisplayName(object), choices, current(), this::label);
		if (dialog.open() == Window.OK) {
			set(new ArrayList<>(dialog.chosen()));
		}
	}

	private List<Object> current() {
		Object value = object.eGet(feature);
		return value instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
	}
}
