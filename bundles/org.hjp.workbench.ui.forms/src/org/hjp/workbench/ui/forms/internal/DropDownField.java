package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;

/** A choice of a value or of one linked object in a drop-down: for enumerations and links with few objects to choose from. */
final class DropDownField implements BoundField {

	private static final Object NONE = new Object();
	/** A drop-down's width before the form's width is known: it then takes the width of the fields, arrow in sight. */
	private static final int COMBO_WIDTH = 120;

	private final FormContext context;
	private final IObservableValue<EObject> master;
	private final EStructuralFeature feature;
	private final ComboViewer viewer;
	private final Binding binding;
	private IItemPropertyDescriptor descriptor;

	DropDownField(FormContext context, DataBindingContext bindings, IObservableValue<EObject> master, IItemPropertyDescriptor descriptor,
			Collection<?> offered, Composite parent) {
		this.context = context;
		this.master = master;
		this.descriptor = descriptor;
		this.feature = (EStructuralFeature) descriptor.getFeature(master.getValue());
		viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.getCombo().setVisibleItemCount(12);
		GridDataFactory.fillDefaults().grab(true, false).hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(viewer.getCombo());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? BoundFields.NONE_LABEL : label(element);
			}
		});
		viewer.setInput(choices(offered));
		UpdateValueStrategy<Object, Object> toModel = new QuietUpdate<>();
		toModel.setConverter(IConverter.create(v -> v == NONE ? null : v));
		UpdateValueStrategy<Object, Object> toCombo = UpdateValueStrategy.create(IConverter.create(v -> v == null ? NONE : v));
		binding = bindings.bindValue(ViewerProperties.singleSelection().observe(viewer), context.value(feature, master), toModel, toCombo);
		if (feature instanceof EReference) {
			// The partners, needs or people to choose from change as the user works elsewhere.
			viewer.getCombo().addListener(SWT.FocusIn, e -> {
				// The focus can pass through a form that is going, whose bindings are already gone, or one put aside.
				if (!binding.isDisposed() && !viewer.getCombo().isDisposed() && master.getValue() != null) {
					offer(this.descriptor.getChoiceOfValues(master.getValue()));
				}
			});
		}
	}

	@Override
	public Control control() {
		return viewer.getCombo();
	}

	@Override
	public Runnable rebinder(EObject next, IItemPropertyDescriptor nextDescriptor) {
		FieldShape shape = FieldShape.of(next, nextDescriptor);
		if (shape.kind() != FieldShape.Kind.DROP_DOWN) {
			return null;
		}
		// After the form shows the new object, so that no choice missing from the old offer is ever taken for the new object.
		return () -> {
			descriptor = nextDescriptor;
			offer(shape.offered());
		};
	}

	private void offer(Collection<?> offered) {
		viewer.setInput(choices(offered));
		binding.updateModelToTarget();
	}

	/** A value's label; linked objects by name only, since the field says what kind of thing they are. */
	private String label(Object element) {
		return element instanceof EObject linked ? ItemProviderLabelProvider.nameOf(context.adapterFactory, linked)
				: descriptor.getLabelProvider(master.getValue()).getText(element);
	}

	private List<Object> choices(Collection<?> offered) {
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
