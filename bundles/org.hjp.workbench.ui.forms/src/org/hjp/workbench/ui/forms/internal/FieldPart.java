package org.hjp.workbench.ui.forms.internal;

import java.util.Objects;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A labelled field with its help and its message, in the two columns of a form. */
final class FieldPart implements FormPart {

	private final FormContext context;
	private final FormStep.Field step;
	private final Label label;
	private final String help;
	private final BoundField field;
	private final ProblemMarkers.FieldSpot spot;

	FieldPart(Composite body, FormContext context, BoundFields fields, IObservableValue<EObject> object, FormStep.Field step) {
		this.context = context;
		this.step = step;
		EObject shown = object.getValue();
		IItemPropertyDescriptor descriptor = context.descriptor(shown, step);
		label = new Label(body, SWT.NONE);
		label.setText(labelText(descriptor, shown));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(0, 4).applyTo(label);
		Composite box = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		FieldMessage message = new FieldMessage(box);
		field = fields.create(box, descriptor, message);
		Control control = field.control();
		control.setData(FieldsForm.FIELD_KEY, step.feature().getName());
		Control top = control;
		while (top.getParent() != box) {
			top = top.getParent();
		}
		top.moveAbove(null);
		help = helpText(descriptor, shown);
		if (help != null) {
			label.setToolTipText(help);
			FormStyle.help(box, help, 1).moveBelow(top);
		}
		spot = new ProblemMarkers.FieldSpot(object, step.feature(), control, message);
		context.markers.field(spot);
	}

	@Override
	public Runnable rebinder(FormStep next, EObject object) {
		if (!(next instanceof FormStep.Field asked) || asked.feature() != step.feature() || !Objects.equals(asked.help(), step.help())) {
			return null;
		}
		IItemPropertyDescriptor descriptor = context.descriptor(object, asked);
		if (!labelText(descriptor, object).equals(label.getText()) || !Objects.equals(helpText(descriptor, object), help)) {
			return null;
		}
		Runnable rebindField = field.rebinder(object, descriptor);
		return rebindField == null ? null : () -> {
			rebindField.run();
			context.markers.show(spot);
		};
	}

	private static String labelText(IItemPropertyDescriptor descriptor, EObject object) {
		String name = descriptor.getDisplayName(object).replace("&", "&&");
		return name.endsWith("?") ? name : name + ":";
	}

	private String helpText(IItemPropertyDescriptor descriptor, EObject object) {
		String text = step.help() != null ? step.help() : descriptor.getDescription(object);
		return text == null || text.isBlank() ? null : text;
	}
}
