package org.hjp.workbench.sharing.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The repository's dialogs: a window title of their own, and resizable, as their tables can be long. */
public abstract class RepositoryDialog extends TitleAreaDialog {

	private final String windowTitle;

	protected RepositoryDialog(Shell parent, String windowTitle) {
		super(parent);
		this.windowTitle = windowTitle;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	protected static void column(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}
}
