package org.hjp.workbench.ui.forms.internal;

import java.util.Collection;

import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.swt.widgets.Display;

/** What every form of one stage editor shares: the editing domain, the item providers and the problem markers. */
final class FormContext {

	final EditingDomain domain;
	final AdapterFactory adapterFactory;
	final ProblemMarkers markers = new ProblemMarkers();
	final Realm realm;

	FormContext(Display display, EditingDomain domain, AdapterFactory adapterFactory) {
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.realm = DisplayRealm.getRealm(display);
	}

	/**
	 * {@code feature} of whatever object {@code object} holds, followed as it changes (master-detail): what a field binds
	 * to, so that its form can show another object without new controls. Set through the editing domain.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	IObservableValue<Object> value(EStructuralFeature feature, IObservableValue<EObject> object) {
		return (IObservableValue) EMFEditProperties.value(domain, feature).observeDetail(object);
	}

	/** The item provider's descriptor of {@code feature}: its label, help, choices and label provider. */
	IItemPropertyDescriptor descriptor(EObject object, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		if (source != null) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
				if (descriptor.getFeature(object) == feature) {
					return descriptor;
				}
			}
		}
		throw new IllegalArgumentException("No editable property " + feature.getName() + " on " + object.eClass().getName());
	}

	/**
	 * The descriptor of a field's feature; for a link that offers only some objects (e.g. the people of the partner
	 * chosen for a role), one that offers those, plus the object linked already, so that a link that no longer fits
	 * shows as it is (for a check to name).
	 */
	IItemPropertyDescriptor descriptor(EObject item, FormStep.Field field) {
		IItemPropertyDescriptor all = descriptor(item, field.feature());
		if (field.offered() == null) {
			return all;
		}
		return new ItemPropertyDescriptorDecorator(item, all) {
			@Override
			public Collection<?> getChoiceOfValues(Object thisObject) {
				Object linked = item.eGet(field.feature());
				return super.getChoiceOfValues(thisObject).stream()
						.filter(choice -> choice == null || choice == linked || (linked instanceof Collection<?> many && many.contains(choice))
								|| field.offered().test(item, choice))
						.toList();
			}
		};
	}
}
