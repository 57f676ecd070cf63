package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;

/**
 * Makes the control for one feature and binds it to the model with EMF Edit data binding: every completed
 * edit is a command on the editing domain. Text commits when the field loses focus or on Enter (Ctrl+Enter
 * in a multi-line field), so one edit is one undo step, not one per keystroke.
 */
final class BoundFields {

	/** Shown for an optional link that is not set. */
	static final String NONE_LABEL = "(none)";
	private static final Object NONE = new Object();
	/** A drop-down's width before the form's width is known: it then takes the width of the fields, arrow in sight. */
	private static final int COMBO_WIDTH = 120;
	/**
	 * The most objects a link offers in a drop-down; with more (hundreds of partners, thousands of needs) it offers a
	 * dialog with a search field, which is quicker to use and does not fill a native drop-down with thousands of rows.
	 */
	static final int MAX_DROP_DOWN = 50;

	private final FormContext context;
	private final DataBindingContext bindings;

	BoundFields(FormContext context, DataBindingContext bindings) {
		this.context = context;
		this.bindings = bindings;
	}

	/** The field's control (what gets the focus) in {@code parent}; problems with the input go to {@code message}. */
	Control create(Composite parent, EObject object, IItemPropertyDescriptor descriptor, FieldMessage message) {
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
		if (feature instanceof EReference reference) {
			if (reference.isMany()) {
				return new ReferencesField(context, object, reference, descriptor).create(parent);
			}
			// Worked out once: finding the objects that can be linked goes through the whole partnership.
			Collection<?> offered = descriptor.getChoiceOfValues(object);
			return offered.size() > MAX_DROP_DOWN ? new ReferencesField(context, object, reference, descriptor).create(parent)
					: choice(parent, object, feature, descriptor, offered);
		}
		EAttribute attribute = (EAttribute) feature;
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return check(parent, object, feature);
		}
		if (attribute.getEAttributeType() instanceof EEnum) {
			return choice(parent, object, feature, descriptor, descriptor.getChoiceOfValues(object));
		}
		return text(parent, object, attribute, descriptor.isMultiLine(object), message);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private IObservableValue<Object> model(EObject object, EStructuralFeature feature) {
		return (IObservableValue) EMFEditProperties.value(context.domain, feature).observe(context.realm, object);
	}

	private Control text(Composite parent, EObject object, EAttribute attribute, boolean multiLine, FieldMessage message) {
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
		IObservableValue<Object> value = model(object, attribute);
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
		return text;
	}

	private Control check(Composite parent, EObject object, EStructuralFeature feature) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText("Yes");
		UpdateValueStrategy<Boolean, Object> toModel = new QuietUpdate<>();
		UpdateValueStrategy<Object, Boolean> toCheck = UpdateValueStrategy.create(IConverter.create(Object.class, Boolean.class, Boolean.TRUE::equals));
		bindings.bindValue(WidgetProperties.buttonSelection().observe(check), model(object, feature), toModel, toCheck);
		return check;
	}

	private Control choice(Composite parent, EObject object, EStructuralFeature feature, IItemPropertyDescriptor descriptor, Collection<?> offered) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.getCombo().setVisibleItemCount(12);
		GridDataFactory.fillDefaults().grab(true, false).hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(viewer.getCombo());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? NONE_LABEL : label(object, descriptor, element);
			}
		});
		viewer.setInput(choices(feature, offered));
		UpdateValueStrategy<Object, Object> toModel = new QuietUpdate<>();
		toModel.setConverter(IConverter.create(v -> v == NONE ? null : v));
		UpdateValueStrategy<Object, Object> toCombo = UpdateValueStrategy.create(IConverter.create(v -> v == null ? NONE : v));
		Binding binding = bindings.bindValue(ViewerProperties.singleSelection().observe(viewer), model(object, feature), toModel, toCombo);
		if (feature instanceof EReference) {
			// The partners, needs or people to choose from change as the user works elsewhere.
			viewer.getCombo().addListener(SWT.FocusIn, e -> {
				// The focus can pass through a form that is being replaced, whose bindings are already gone.
				if (!binding.isDisposed() && !viewer.getCombo().isDisposed()) {
					viewer.setInput(choices(feature, descriptor.getChoiceOfValues(object)));
					binding.updateModelToTarget();
				}
			});
		}
		return viewer.getCombo();
	}

	/** A value's label; linked objects by name only, since the field says what kind of thing they are. */
	String label(EObject object, IItemPropertyDescriptor descriptor, Object value) {
		return value instanceof EObject linked ? ItemProviderLabelProvider.nameOf(context.adapterFactory, linked)
				: descriptor.getLabelProvider(object).getText(value);
	}

	private static List<Object> choices(EStructuralFeature feature, Collection<?> offered) {
		List<Object> choices = new ArrayList<>();
		if (feature instanceof EReference) {
			choices.add(NONE);
		}
		for (Object choice : offered) {
			if (choice != null) {
				choices.add(choice);
			}
		}
		return choices;
	}
}
