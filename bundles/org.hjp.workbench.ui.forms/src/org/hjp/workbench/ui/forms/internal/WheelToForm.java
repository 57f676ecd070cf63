package org.hjp.workbench.ui.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * Passes the mouse wheel on to the form when it turns over a multi-line text or a table inside the form that has
 * nothing more to scroll that way: the form goes on scrolling under the pointer instead of stopping dead.
 */
final class WheelToForm implements Listener {

	/** Marks the scrollers of forms, the only ones the wheel is passed on to. */
	static final String FORM_SCROLLER_KEY = "hjp.form.scroller";
	private static final String INSTALLED_KEY = "hjp.wheel.to.form";

	private WheelToForm() {
	}

	/** Passes the wheel on for every form on {@code display}; once per display. */
	static void install(Display display) {
		if (display.getData(INSTALLED_KEY) == null) {
			display.setData(INSTALLED_KEY, Boolean.TRUE);
			display.addFilter(SWT.MouseVerticalWheel, new WheelToForm());
		}
	}

	@Override
	public void handleEvent(Event event) {
		if (!(event.widget instanceof Text || event.widget instanceof Table || event.widget instanceof Tree) || event.count == 0) {
			return;
		}
		Scrollable inner = (Scrollable) event.widget;
		ScrolledComposite form = formAround(inner);
		if (form == null || canScroll(inner, event.count > 0)) {
			return;
		}
		Point origin = form.getOrigin();
		int line = Math.max(1, inner.getDisplay().getSystemFont().getFontData()[0].getHeight() * 2);
		form.setOrigin(origin.x, Math.max(0, origin.y - event.count * line));
		event.doit = false;
	}

	private static ScrolledComposite formAround(Control control) {
		for (Control c = control.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroller && scroller.getData(FORM_SCROLLER_KEY) != null) {
				return scroller;
			}
		}
		return null;
	}

	/** Whether {@code inner} itself has more to show upwards (or downwards). */
	private static boolean canScroll(Scrollable inner, boolean up) {
		ScrollBar bar = inner.getVerticalBar();
		if (bar == null || !bar.isEnabled() || bar.getMaximum() - bar.getMinimum() <= bar.getThumb()) {
			return false;
		}
		return up ? bar.getSelection() > bar.getMinimum() : bar.getSelection() + bar.getThumb() < bar.getMaximum();
	}
}
