package org.hjp.workbench.ui.forms.internal;

import org.eclipse.emf.ecore.EObject;

/** What a form made for one {@link FormStep}, and how it shows another object for the same step. */
interface FormPart {

	/** Nothing to do: the part shows the same for any object. */
	Runnable UNCHANGED = () -> {
		// e.g. a heading
	};

	/**
	 * What to do, once the form's object is {@code next}, for this part to show it as {@code step} asks; null when the
	 * part cannot, and the form has to be made anew.
	 */
	Runnable rebinder(FormStep step, EObject next);

	/** Lets go of what the part shows, while its form is put aside; e.g. a list in it shows nothing. */
	default void putAside() {
		// most parts follow the form's object by themselves
	}
}
