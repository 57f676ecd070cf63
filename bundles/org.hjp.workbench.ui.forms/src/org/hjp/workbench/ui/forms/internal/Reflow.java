package org.hjp.workbench.ui.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Lays a form out again after its content changed, at the width of the scrolled area around it. */
public final class Reflow {

	static final int MIN_WIDTH = 360;
	private static final String PENDING_KEY = "hjp.reflow.pending";
	private static final String WIDTH_KEY = "hjp.reflow.width";

	private Reflow() {
	}

	/** Makes a scroller that scrolls only vertically, wrapping its content at the width it has. */
	static ScrolledComposite scroller(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// Tabbing through the form (or a check's link) never leaves the field with the focus out of sight.
		scroller.setShowFocusedControl(true);
		scroller.setData(WheelToForm.FORM_SCROLLER_KEY, Boolean.TRUE);
		WheelToForm.install(scroller.getDisplay());
		// Only a new width changes where text wraps; a new height is taken care of by the scroller itself.
		scroller.addListener(SWT.Resize, e -> {
			if (!Integer.valueOf(scroller.getClientArea().width).equals(scroller.getData(WIDTH_KEY))) {
				fit(scroller);
			}
		});
		return scroller;
	}

	static void of(Control changed) {
		ScrolledComposite scroller = scrollerAround(changed);
		if (scroller != null) {
			fit(scroller);
		} else if (changed instanceof Composite composite) {
			composite.layout(true, true);
		} else {
			changed.requestLayout();
		}
	}

	/**
	 * Like {@link #of}, but once the UI thread has handled what it is doing, and once for all the changes asked for
	 * until then: for the many small changes a validation makes to a form.
	 */
	public static void soon(Control changed) {
		ScrolledComposite scroller = scrollerAround(changed);
		if (scroller == null) {
			of(changed);
		} else if (scroller.getData(PENDING_KEY) == null) {
			scroller.setData(PENDING_KEY, Boolean.TRUE);
			scroller.getDisplay().asyncExec(() -> {
				// Not when a layout done meanwhile has served the request.
				if (!scroller.isDisposed() && scroller.getData(PENDING_KEY) != null) {
					fit(scroller);
				}
			});
		}
	}

	/**
	 * Focuses {@code control} where the user can see it: brings each tab it is on to the front, then scrolls each
	 * scroller around it to it. For a check's link or a problem shown from elsewhere: typing must land in sight.
	 */
	static void reveal(Control control) {
		for (Control c = control; c.getParent() != null; c = c.getParent()) {
			if (c.getParent() instanceof CTabFolder folder) {
				for (CTabItem item : folder.getItems()) {
					if (item.getControl() == c && folder.getSelection() != item) {
						folder.setSelection(item);
					}
				}
			}
		}
		control.setFocus();
		for (ScrolledComposite scroller = scrollerAround(control.getParent()); scroller != null; scroller = scrollerAround(scroller.getParent())) {
			scroller.showControl(control);
		}
	}

	/** Scrolls {@code content}'s scroller back to its top, when it is what a scroller shows: for a new item's form. */
	static void toTop(Composite content) {
		if (content.getParent() instanceof ScrolledComposite scroller && scroller.getContent() == content) {
			scroller.setOrigin(0, 0);
		}
	}

	/** Whether {@code control} is {@code ancestor} or lies inside it. */
	static boolean isInside(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The scroller that is {@code control} or holds it, or null. */
	private static ScrolledComposite scrollerAround(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroller) {
				return scroller;
			}
		}
		return null;
	}

	static void fit(ScrolledComposite scroller) {
		Control content = scroller.getContent();
		if (content == null || content.isDisposed()) {
			return;
		}
		scroller.setData(PENDING_KEY, null);
		scroller.setData(WIDTH_KEY, scroller.getClientArea().width);
		int width = Math.max(MIN_WIDTH, scroller.getClientArea().width);
		// Measuring flushes every cached size, so the layout after it can use the fresh ones instead of measuring again.
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT, true));
		((Composite) content).layout(false, true);
	}
}
