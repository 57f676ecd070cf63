package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
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
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;

/**
 * Links to any number of objects (e.g. the needs an activity meets): a summary kept up to date from the model,
 * and a dialog of check boxes whose result is set as one command.
 */
final class ReferencesField {

	private final FormContext context;
	private final EObject object;
	private final EReference reference;
	private final IItemPropertyDescriptor descriptor;
	private Label summary;

	ReferencesField(FormContext context, EObject object, EReference reference, IItemPropertyDescriptor descriptor) {
		this.context = context;
		this.object = object;
		this.reference = reference;
		this.descriptor = descriptor;
	}

	/** Returns the button, which is what takes the keyboard focus. */
	Control create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		summary = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(FormStyle.WRAP_HINT, SWT.DEFAULT).applyTo(summary);
		Button choose = new Button(box, SWT.PUSH);
		choose.setText("Choose...");
		choose.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> choose(box)));
		@SuppressWarnings("unchecked")
		IObservableList<Object> linked = EMFEditProperties.list(context.domain, reference).observe(context.realm, object);
		linked.addListChangeListener(e -> showSummary(linked));
		box.addDisposeListener(e -> linked.dispose());
		showSummary(linked);
		return choose;
	}

	private void showSummary(Collection<?> linked) {
		if (summary.isDisposed()) {
			return;
		}
		List<String> labels = linked.stream().map(this::label).toList();
		summary.setText(labels.isEmpty() ? BoundFields.NONE_LABEL : String.join("; ", labels).replace("&", "&&"));
		Reflow.of(summary.getParent());
	}

	private void choose(Composite box) {
		List<Object> choices = new ArrayList<>(descriptor.getChoiceOfValues(object));
		choices.remove(null);
		List<Object> current = new ArrayList<>((Collection<?>) object.eGet(reference));
		ChoicesDialog dialog = new ChoicesDialog(box.getShell(), descriptor.getDisplayName(object), choices, current, this::label);
		if (dialog.open() == Window.OK && !dialog.chosen().equals(current)) {
			Command set = SetCommand.create(context.domain, object, reference, new ArrayList<>(dialog.chosen()));
			if (set.canExecute()) {
				context.domain.getCommandStack().execute(set);
			}
		}
	}

	private String label(Object value) {
		return value instanceof EObject linked ? ItemProviderLabelProvider.nameOf(context.adapterFactory, linked)
				: descriptor.getLabelProvider(object).getText(value);
	}
}
