package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
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
 * Links to any number of objects (e.g. the needs an activity meets), or to one object chosen from more than a
 * drop-down can sensibly hold: a summary kept up to date from the model, and a dialog to search and tick (or
 * pick) whose result is set as one command.
 */
final class ReferencesField implements BoundField {

	private final FormContext context;
	/** The object whose links are shown, followed as the form shows another. */
	private final IObservableValue<EObject> master;
	private final EReference reference;
	private IItemPropertyDescriptor descriptor;
	private final Label summary;
	private final Button choose;
	/** The choice of no link at all, for a single link. */
	private static final Object NONE = new Object();

	ReferencesField(FormContext context, IObservableValue<EObject> master, EReference reference, IItemPropertyDescriptor descriptor, Composite parent) {
		this.context = context;
		this.master = master;
		this.reference = reference;
		this.descriptor = descriptor;
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		summary = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(FormStyle.WRAP_HINT, SWT.DEFAULT).applyTo(summary);
		choose = new Button(box, SWT.PUSH);
		choose.setText("Choose...");
		choose.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> choose(box)));
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			IObservableList<Object> linked = EMFEditProperties.list(context.domain, reference).observeDetail(master);
			linked.addListChangeListener(e -> showChangedSummary(linked));
			box.addDisposeListener(e -> linked.dispose());
			showSummary(linked);
		} else {
			@SuppressWarnings("unchecked")
			IObservableValue<Object> linked = EMFEditProperties.value(context.domain, reference).observeDetail(master);
			linked.addValueChangeListener(e -> showChangedSummary(linked()));
			box.addDisposeListener(e -> linked.dispose());
			showSummary(linked());
		}
	}

	/** The button, which is what takes the keyboard focus. */
	@Override
	public Control control() {
		return choose;
	}

	@Override
	public Runnable rebinder(EObject next, IItemPropertyDescriptor nextDescriptor) {
		// The summary follows the object shown through its observable; only what is offered changes with it.
		return FieldShape.of(next, nextDescriptor).kind() == FieldShape.Kind.CHOOSER ? () -> descriptor = nextDescriptor : null;
	}

	/** What is linked now, as a list for either kind of reference. */
	private List<Object> linked() {
		Object value = master.getValue() == null ? null : master.getValue().eGet(reference);
		return value instanceof Collection<?> many ? new ArrayList<>(many) : value == null ? List.of() : List.of(value);
	}

	/** Not laid out here: the form being built is laid out once it is complete. */
	private void showSummary(Collection<?> linked) {
		List<String> labels = linked.stream().map(this::label).toList();
		summary.setText(labels.isEmpty() ? BoundFields.NONE_LABEL : String.join("; ", labels).replace("&", "&&"));
	}

	private void showChangedSummary(Collection<?> linked) {
		if (!summary.isDisposed()) {
			showSummary(linked);
			Reflow.soon(summary.getParent());
		}
	}

	private void choose(Composite box) {
		EObject shown = master.getValue();
		List<Object> choices = new ArrayList<>(descriptor.getChoiceOfValues(shown));
		choices.remove(null);
		List<Object> current = linked();
		String title = descriptor.getDisplayName(shown);
		ChoicesDialog dialog;
		if (reference.isMany()) {
			dialog = ChoicesDialog.many(box.getShell(), title, choices, current, this::label);
		} else {
			choices.add(0, NONE);
			dialog = ChoicesDialog.one(box.getShell(), title, choices, current.isEmpty() ? NONE : current.get(0), this::label);
		}
		if (dialog.open() == Window.OK && !dialog.chosen().equals(current.isEmpty() && !reference.isMany() ? List.of(NONE) : current)) {
			Object value = reference.isMany() ? new ArrayList<>(dialog.chosen()) : dialog.chosen().get(0) == NONE ? null : dialog.chosen().get(0);
			Command set = SetCommand.create(context.domain, shown, reference, value);
			if (set.canExecute()) {
				context.domain.getCommandStack().execute(set);
			}
		}
	}

	private String label(Object value) {
		if (value == NONE) {
			return BoundFields.NONE_LABEL;
		}
		return value instanceof EObject linked ? ItemProviderLabelProvider.nameOf(context.adapterFactory, linked)
				: descriptor.getLabelProvider(master.getValue()).getText(value);
	}
}
