package org.hjp.workbench.assessment.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only table of results, with cells highlighted where partners disagree. */
final class ResultTable {

	static final Color DISAGREEMENT = new Color(255, 214, 153);

	private final Table table;

	ResultTable(Composite parent, String key, int visibleRows, List<String> headers) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(key, Boolean.TRUE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < headers.size(); i++) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(headers.get(i));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(300, table.getHeaderHeight() + table.getItemHeight() * visibleRows + 4).applyTo(table);
	}

	TableItem row(List<String> cells, boolean strong) {
		TableItem row = new TableItem(table, SWT.NONE);
		for (int i = 0; i < cells.size(); i++) {
			row.setText(i, cells.get(i));
		}
		if (strong) {
			row.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
		return row;
	}

	/** Text in this column reads from the left, as words do; numbers stay on the right. */
	void alignLeft(int column) {
		table.getColumn(column).setAlignment(SWT.LEFT);
	}

	static void highlight(TableItem row, int column) {
		row.setBackground(column, DISAGREEMENT);
	}

	/** Sizes the columns to their content, the first at most {@code firstMax} pixels wide. */
	void pack(int firstMax) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		TableColumn first = table.getColumn(0);
		first.setWidth(Math.min(first.getWidth(), firstMax));
	}
}
