package org.hjp.workbench.ui.parts;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A table's tooltip says the whole of the row under the pointer, for rows whose text a narrow view cuts off. */
final class RowTooltips {

	private RowTooltips() {
	}

	/** Shows {@code text} of the element of the row under the pointer (none where it gives null). */
	static void show(Table table, Function<Object, String> text) {
		table.addListener(SWT.MouseHover, e -> {
			TableItem row = table.getItem(new Point(e.x, e.y));
			table.setToolTipText(row == null ? null : text.apply(row.getData()));
		});
	}
}
