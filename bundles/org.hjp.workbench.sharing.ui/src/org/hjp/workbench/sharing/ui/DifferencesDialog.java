package org.hjp.workbench.sharing.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.sharing.merge.Differences;

/** The changes from one version to another, one row each: what, which field, before and after. */
final class DifferencesDialog extends RepositoryDialog {

	static final String TITLE = "Compare versions";

	private final String heading;
	private final List<Differences.Difference> differences;

	DifferencesDialog(Shell parent, String heading, List<Differences.Difference> differences) {
		super(parent, TITLE);
		this.heading = heading;
		this.differences = differences;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		setMessage(differences.isEmpty() ? "No differences: they are the same." : differences.size() + (differences.size() == 1 ? " change." : " changes."));
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 320).indent(10, 10).applyTo(table);
		column(table, "What", 260);
		column(table, "Change", 150);
		column(table, "Before", 170);
		column(table, "After", 170);
		for (Differences.Difference difference : differences) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { difference.object(), switch (difference.kind()) {
				case ADDED -> "added";
				case REMOVED -> "removed";
				case CHANGED -> difference.feature();
			}, nonNull(difference.before()), nonNull(difference.after()) });
		}
		return area;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Close", true);
	}
}
