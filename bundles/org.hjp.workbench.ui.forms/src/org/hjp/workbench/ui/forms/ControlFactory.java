package org.hjp.workbench.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Makes a page's own control about {@code object} in {@code parent}. */
@FunctionalInterface
public interface ControlFactory {

	Control create(Composite parent, EObject object);
}
