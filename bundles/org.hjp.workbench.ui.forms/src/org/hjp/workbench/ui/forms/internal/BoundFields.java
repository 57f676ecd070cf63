package org.hjp.workbench.ui.forms.internal;


import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Makes the control for one feature and binds it to the model with EMF Edit data binding: every completed
 * edit is a command on the editing domain. Text commits when the field loses focus or on Enter (Ctrl+Enter
 * in a multi-line field), so one edit is one undo step, not one per keystroke. The fields are bound to the feature of
 * the form's object as a detail of it (master-detail), so that the form can show another object without new controls.
 */
final class BoundFields {

	/** Shown for an optional link that is not set. */
	static final String NONE_LABEL = "(none)";

	private final FormContext context;
	private final DataBindingContext bindings;
	/** The object the form shows, whose features the fields follow. */
	private final IObservableValue<EObject> master;

	BoundFields(FormContext context, DataBindingContext bindings, IObservableValue<EObject> master) {
		this.context = context;
		this.bindings = bindings;
		this.master = master;
	}

	/** The field in {@code parent}; problems with the input go to {@code message}. */
	BoundField create(Composite parent, IItemPropertyDescriptor descriptor, FieldMessage message) {
		FieldShape shape = FieldShape.of(master.getValue(), descriptor);
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(master.getValue());
		return switch (shape.kind()) {
		case CHOOSER -> new ReferencesField(context, master, (EReference) feature, descriptor, parent);
		case DROP_DOWN -> new DropDownField(context, bindings, master, descriptor, shape.offered(), parent);
		case CHECK -> check(parent, feature, shape);
		case TEXT, MULTI_LINE_TEXT -> text(parent, (EAttribute) feature, shape, message);
		};
	}

	/**
	 * A field whose control shows any object's value of its feature, as long as the object needs the same kind. Once the
	 * form shows the object the binding is updated from it: when the master changes, the binding updates the control
	 * only if the value differs, which would leave a wrong value typed for the item before (and its message) on an item
	 * with the same value, e.g. none.
	 */
	private static BoundField kept(Control control, FieldShape shape, Binding binding) {
		return new BoundField() {
			@Override
			public Control control() {
				return control;
			}

			@Override
			public Runnable rebinder(EObject next, IItemPropertyDescriptor descriptor) {
				return FieldShape.of(next, descriptor).kind() == shape.kind() ? binding::updateModelToTarget : null;
			}
		};
	}

	private BoundField text(Composite parent, EAttribute attribute, FieldShape shape, FieldMessage message) {
		boolean multiLine = shape.kind() == FieldShape.Kind.MULTI_LINE_TEXT;
		Text text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 3 * text.getLineHeight() + 6 : SWT.DEFAULT).applyTo(text);
		EDataType type = attribute.getEAttributeType();
		UpdateValueStrategy<String, Object> toModel = new QuietUpdate<>();
		toModel.setAfterGetValidator(typed -> {
			try {
				ValueText.parse(type, typed);
				return ValidationStatus.ok();
			} catch (IllegalArgumentException e) {
				return ValidationStatus.error(e.getMessage());
			}
		});
		toModel.setConverter(IConverter.create(String.class, Object.class, typed -> ValueText.parse(type, typed)));
		UpdateValueStrategy<Object, String> toText = UpdateValueStrategy.create(IConverter.create(Object.class, String.class, ValueText::format));
		IObservableValue<Object> value = context.value(attribute, master);
		Binding binding = bindings.bindValue(WidgetProperties.text(SWT.FocusOut).observe(text), value, toModel, toText);
		binding.getValidationStatus().addValueChangeListener(e -> {
			IStatus status = e.diff.getNewValue();
			message.inputError(status.isOK() ? null : status.getMessage());
		});
		// Once the value is taken, the field shows it as the workbench writes it (31/3/2026 becomes 2026-03-31, $12,000 becomes
		// 12000); the binding does not, since the model changed on the field's own word.
		Runnable showTaken = () -> {
			if (!text.isDisposed() && !binding.isDisposed() && binding.getValidationStatus().getValue().isOK()
					&& type.getInstanceClass() != String.class && !ValueText.format(value.getValue()).equals(text.getText())) {
				binding.updateModelToTarget();
			}
		};
		text.addListener(SWT.FocusOut, e -> text.getDisplay().asyncExec(showTaken));
		text.addTraverseListener(e -> {
			if (e.detail == SWT.TRAVERSE_RETURN && (!multiLine || (e.stateMask & SWT.MOD1) != 0)) {
				binding.updateTargetToModel();
				showTaken.run();
				e.doit = !multiLine;
			} else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		return kept(text, shape, binding);
	}

	private BoundField check(Composite parent, EStructuralFeature feature, FieldShape shape) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText("Yes");
		UpdateValueStrategy<Boolean, Object> toModel = new QuietUpdate<>();
		UpdateValueStrategy<Object, Boolean> toCheck = UpdateValueStrategy.create(IConverter.create(Object.class, Boolean.class, Boolean.TRUE::equals));
		Binding binding = bindings.bindValue(WidgetProperties.buttonSelection().observe(check), context.value(feature, master), toModel, toCheck);
		return kept(check, shape, binding);
	}
}
