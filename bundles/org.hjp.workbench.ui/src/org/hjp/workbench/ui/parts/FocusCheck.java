package org.hjp.workbench.ui.parts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Parts that rebuild their content dispose the control that may have the keyboard focus; without a focused
 * control, keyboard shortcuts stop working until the user clicks somewhere. They check with this first.
 */
final class FocusCheck {

	private FocusCheck() {
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
