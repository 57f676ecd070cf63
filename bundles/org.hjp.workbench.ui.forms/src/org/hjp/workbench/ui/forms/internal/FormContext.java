package org.hjp.workbench.ui.forms.internal;

import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
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
}
