package org.hjp.workbench.ui.parts;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/** A table of {@code T} whose columns share the width available by weight, each with its text (and image). */
final class TableColumns<T> {

	private final Class<T> type;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final TableViewer viewer;

	/** A table that fills the rest of a parent laid out with a GridLayout. */
	TableColumns(Composite parent, int style, Class<T> type) {
		this.type = type;
		Composite box = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
		box.setLayout(layout);
		viewer = new TableViewer(box, style);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	TableColumns<T> add(String title, ColumnLayoutData width, Function<T, String> text) {
		return add(title, width, text, row -> null);
	}

	TableColumns<T> add(String title, ColumnLayoutData width, Function<T, String> text, Function<T, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(type.cast(element));
			}
		});
		return this;
	}

	TableViewer viewer() {
		return viewer;
	}
}
