package org.hjp.workbench.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.ui.forms.internal.Reflow;

/** Makes a page's own control about {@code object} in {@code parent}. */
@FunctionalInterface
public interface ControlFactory {

	Control create(Composite parent, EObject object);

	/**
	 * Lays the form around {@code changed} out again, soon: for a control made by a factory that changes its own
	 * content or size after it was made, which the scrolled form around it does not notice by itself.
	 */
	static void contentChanged(Control changed) {
		Reflow.soon(changed);
	}
}
