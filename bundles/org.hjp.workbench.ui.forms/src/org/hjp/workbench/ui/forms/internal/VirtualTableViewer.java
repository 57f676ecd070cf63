package org.hjp.workbench.ui.forms.internal;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

/**
 * A viewer of a virtual table ({@code SWT.VIRTUAL}) whose refresh keeps the selected element selected, wherever the
 * refresh puts its row. JFace's refresh of a virtual table leaves each row it has shown mapped to the element it showed
 * before, so that the selection restored after it, or an element selected then, went to the row where the element used
 * to be: after a row was added or removed above it, or the list was sorted, the row selected was another item's.
 */
final class VirtualTableViewer extends TableViewer {

	VirtualTableViewer(Composite parent, int style) {
		super(parent, style);
	}

	@Override
	protected void internalRefresh(Object element, boolean updateLabels) {
		if (element == null || equals(element, getRoot())) {
			// Rows are found by their index in the new order until they come into sight and are given their elements again.
			unmapAllElements();
		}
		super.internalRefresh(element, updateLabels);
	}
}
