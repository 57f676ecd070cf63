package org.hjp.workbench.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Lets the text of one column of a table wrap onto a second line instead of being cut off, for long names in a narrow view. */
final class WrappedColumn {

	private static final int LINES = 2;
	private static final int PADDING = 4;

	private final Table table;
	private final int column;

	private WrappedColumn(Table table, int column) {
		this.table = table;
		this.column = column;
	}

	static void install(Table table, int column) {
		WrappedColumn wrapped = new WrappedColumn(table, column);
		table.addListener(SWT.MeasureItem, wrapped::measure);
		table.addListener(SWT.EraseItem, e -> {
			if (e.index == column) {
				e.detail &= ~SWT.FOREGROUND;
			}
		});
		table.addListener(SWT.PaintItem, wrapped::paint);
		table.getColumn(column).addListener(SWT.Resize, e -> table.redraw());
	}

	private void measure(Event event) {
		if (event.index == column) {
			GC gc = event.gc;
			event.height = Math.max(event.height, LINES * gc.getFontMetrics().getHeight() + PADDING);
		}
	}

	/** Lays {@code text} out in the lines there are: a name longer than they hold ends in an ellipsis (it is whole in the row's tooltip). */
	private static void fit(TextLayout layout, String text) {
		layout.setText(text);
		if (layout.getLineCount() <= LINES) {
			return;
		}
		String kept = text.substring(0, layout.getLineOffsets()[LINES]).stripTrailing();
		while (!kept.isEmpty()) {
			layout.setText(kept + "\u2026");
			if (layout.getLineCount() <= LINES) {
				return;
			}
			kept = kept.substring(0, kept.length() - 1).stripTrailing();
		}
	}

	private void paint(Event event) {
		if (event.index != column) {
			return;
		}
		TextLayout layout = new TextLayout(table.getDisplay());
		try {
			layout.setFont(((TableItem) event.item).getFont(column));
			layout.setWidth(Math.max(1, table.getColumn(column).getWidth() - 2 * PADDING));
			fit(layout, ((TableItem) event.item).getText(column));
			int height = Math.min(layout.getBounds().height, event.height);
			// A name longer than the lines there are is cut at the row's edge, not drawn over the next row.
			event.gc.setClipping(event.x, event.y, table.getColumn(column).getWidth(), event.height);
			layout.draw(event.gc, event.x + PADDING, event.y + (event.height - height) / 2);
		} finally {
			layout.dispose();
		}
	}
}
