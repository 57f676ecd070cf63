package org.hjp.workbench.ui.forms.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.hjp.workbench.ui.forms.DetailForm;
import org.hjp.workbench.ui.forms.Fields;

/** A field for every property the item providers let the user set: the form of an item no page describes. */
final class AllProperties implements DetailForm {

	private final AdapterFactory adapterFactory;

	AllProperties(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public void fill(Fields fields) {
		EObject object = fields.object();
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		if (source == null) {
			return;
		}
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
			if (descriptor.canSetProperty(object) && descriptor.getFeature(object) instanceof EStructuralFeature feature
					&& !(feature instanceof EReference reference && reference.isContainment()) && !(feature.isMany() && !(feature instanceof EReference))) {
				fields.field(feature);
			}
		}
	}
}
