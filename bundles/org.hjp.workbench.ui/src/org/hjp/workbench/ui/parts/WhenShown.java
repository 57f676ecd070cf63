package org.hjp.workbench.ui.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.IPartListener;
import org.eclipse.swt.widgets.Display;

/** Runs something each time one part comes into sight: a part behind another tab catches up then. */
final class WhenShown implements IPartListener {

	private final MPart part;
	private final Runnable shown;
	private final boolean afterFocus;

	private WhenShown(MPart part, Runnable shown, boolean afterFocus) {
		this.part = part;
		this.shown = shown;
		this.afterFocus = afterFocus;
	}

	/** Catching up as the part is shown, before it is first painted. */
	static WhenShown now(MPart part, Runnable shown) {
		return new WhenShown(part, shown, false);
	}

	/**
	 * Catching up once the part has been shown, for a part that catches up by replacing its content: it is shown while
	 * the focus moves into it, and the control taking the focus must not be disposed under it.
	 */
	static WhenShown afterFocus(MPart part, Runnable shown) {
		return new WhenShown(part, shown, true);
	}

	@Override
	public void partVisible(MPart visible) {
		if (visible != part) {
			return;
		}
		Display display = Display.getCurrent();
		if (afterFocus && display != null) {
			display.asyncExec(shown);
		} else {
			shown.run();
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
