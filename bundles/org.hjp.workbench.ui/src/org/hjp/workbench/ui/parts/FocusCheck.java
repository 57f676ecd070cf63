package org.hjp.workbench.ui.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Parts that rebuild their content dispose the control that may have the keyboard focus; without a focused
 * control, keyboard shortcuts stop working until the user clicks somewhere. They check with this first.
 */
final class FocusCheck {

	private FocusCheck() {
	}

	/**
	 * Whether a part that has rebuilt its content must take the focus: it had it before, or it is the active
	 * part and nothing has the focus now (the focused control went with the old content).
	 */
	static boolean mustRefocus(boolean hadFocus, Composite content, EPartService parts, MPart part) {
		return hadFocus || (content.getDisplay().getFocusControl() == null && parts.getActivePart() == part);
	}

	static boolean isInside(Composite composite) {
		for (Control c = composite.getDisplay().getFocusControl(); c != null; c = c.getParent()) {
			if (c == composite) {
				return true;
			}
		}
		return false;
	}
}
