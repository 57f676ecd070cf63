package org.hjp.workbench.ui.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.IPartListener;
import org.eclipse.swt.widgets.Display;

/**
 * Runs something each time one part comes into sight: a part behind another tab catches up then. Not while the part
 * is being shown: that happens while the focus moves into the part, and catching up may replace the control taking it.
 */
final class WhenShown implements IPartListener {

	private final MPart part;
	private final Runnable shown;

	WhenShown(MPart part, Runnable shown) {
		this.part = part;
		this.shown = shown;
	}

	@Override
	public void partVisible(MPart visible) {
		if (visible == part) {
			Display display = Display.getCurrent();
			if (display != null) {
				display.asyncExec(shown);
			} else {
				shown.run();
			}
		}
	}

	@Override
	public void partBroughtToTop(MPart top) {
		partVisible(top);
	}

	@Override
	public void partHidden(MPart hidden) {
		// a hidden part keeps what it shows until it comes into sight again
	}

	@Override
	public void partActivated(MPart activated) {
		// coming into sight is reported on its own
	}

	@Override
	public void partDeactivated(MPart deactivated) {
		// see partHidden
	}
}
