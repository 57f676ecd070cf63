package org.hjp.workbench.ui.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Lays a form out again after its content changed, at the width of the scrolled area around it. */
final class Reflow {

	static final int MIN_WIDTH = 360;

	private Reflow() {
	}

	/** Makes a scroller that scrolls only vertically, wrapping its content at the width it has. */
	static ScrolledComposite scroller(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> fit(scroller));
		return scroller;
	}

	static void of(Control changed) {
		for (Control c = changed; c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroller) {
				fit(scroller);
				return;
			}
		}
		if (changed instanceof Composite composite) {
			composite.layout(true, true);
		}
	}

	/** Scrolls the scroller around {@code control} so that the control shows. */
	static void showInScroller(Control control) {
		for (Control c = control.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroller) {
				scroller.showControl(control);
				return;
			}
		}
	}

	static void fit(ScrolledComposite scroller) {
		Control content = scroller.getContent();
		if (content == null || content.isDisposed()) {
			return;
		}
		int width = Math.max(MIN_WIDTH, scroller.getClientArea().width);
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
		((Composite) content).layout(true, true);
	}
}
