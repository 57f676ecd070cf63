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
	 * After a part has rebuilt its content, gives it the focus if it had it before, or if it is the active part
	 * and nothing has the focus now (the focused control went with the old content). It does so once the new
	 * content is shown: GTK gives no focus to a widget that is not yet mapped.
	 */
	static void restore(boolean hadFocus, Composite content, EPartService parts, MPart part, Runnable setFocus) {
		if (hadFocus || (content.getDisplay().getFocusControl() == null && parts.getActivePart() == part)) {
			content.getDisplay().asyncExec(() -> {
				if (!content.isDisposed()) {
					setFocus.run();
				}
			});
		}
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
