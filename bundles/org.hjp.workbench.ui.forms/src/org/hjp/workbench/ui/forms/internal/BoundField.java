package org.hjp.workbench.ui.forms.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Control;

/** A field's control, bound to a feature of whatever object its form shows. */
interface BoundField {

	/** What takes the keyboard focus. */
	Control control();

	/**
	 * What to do, once the form shows {@code next}, for the field to show its feature of {@code next} as
	 * {@code descriptor} describes it; null when that needs another kind of control.
	 */
	Runnable rebinder(EObject next, IItemPropertyDescriptor descriptor);
}
