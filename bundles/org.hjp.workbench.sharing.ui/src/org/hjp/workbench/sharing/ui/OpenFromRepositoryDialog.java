package org.hjp.workbench.sharing.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.sharing.SharedRepository;

/** File > Open from Repository: the partnerships this login may see, with who saved each last and when; one is chosen. */
final class OpenFromRepositoryDialog extends RepositoryDialog {

	static final String TITLE = "Open from the repository";
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

	private final String repository;
	private final List<SharedRepository.Entry> entries;
	private Table table;
	private SharedRepository.Entry chosen;

	OpenFromRepositoryDialog(Shell parent, String repository, List<SharedRepository.Entry> entries) {
		super(parent, TITLE);
		this.repository = repository;
		this.entries = entries;
	}

	SharedRepository.Entry chosen() {
		return chosen;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Open a partnership from " + repository);
		setMessage(entries.isEmpty() ? "There is no partnership here that your organisations are partners in yet. File > Publish to Repository sends one up."
				: "The partnerships your organisations are partners in. A copy is kept on this computer, so you can go on working while the server is away.");
		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(620, 260).indent(10, 10).applyTo(table);
		column(table, "Partnership", 260);
		column(table, "Version", 70);
		column(table, "Last saved by", 120);
		column(table, "When", 160);
		for (SharedRepository.Entry entry : entries) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.name(), String.valueOf(entry.latest()), entry.savedBy(), WHEN.format(entry.savedAt()) });
			item.setData(entry);
		}
		if (!entries.isEmpty()) {
			table.select(0);
		}
		table.addListener(SWT.DefaultSelection, e -> okPressed());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Open", true).setEnabled(!entries.isEmpty());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (table.getSelectionCount() == 1) {
			chosen = (SharedRepository.Entry) table.getSelection()[0].getData();
			super.okPressed();
		}
	}
}
