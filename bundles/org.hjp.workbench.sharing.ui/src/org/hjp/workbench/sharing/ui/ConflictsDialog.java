package org.hjp.workbench.sharing.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.sharing.MergingSave;
import org.hjp.workbench.sharing.merge.Conflict;
import org.hjp.workbench.sharing.merge.Side;

/**
 * What both I and someone who saved in between changed, one row per conflict, my side and theirs side by side: the
 * user keeps one side of each. Nothing is saved until every conflict has its side; Cancel sends nothing.
 */
final class ConflictsDialog extends RepositoryDialog {

	static final String TITLE = "Choose what to keep";
	static final String CHOICE_KEY = ConflictsDialog.class.getName() + ".choices";

	private final MergingSave.Outcome.Conflicted conflicted;
	private final List<Conflict> conflicts;
	private final Map<Conflict, Side> chosen = new LinkedHashMap<>();
	private Table table;
	private Text mine;
	private Text theirs;

	private ConflictsDialog(Shell parent, MergingSave.Outcome.Conflicted conflicted) {
		super(parent, TITLE);
		this.conflicted = conflicted;
		this.conflicts = conflicted.merge().conflicts();
	}

	/**
	 * Asks the user to settle every conflict of {@code conflicted} and settles them; keeping my side can bring back an
	 * object with conflicts of its own, which are asked next. False when the user cancelled: nothing is to be sent.
	 */
	static boolean settle(Shell parent, MergingSave.Outcome.Conflicted conflicted) {
		while (!conflicted.merge().conflicts().isEmpty()) {
			ConflictsDialog dialog = new ConflictsDialog(parent, conflicted);
			if (dialog.open() != Window.OK) {
				return false;
			}
			dialog.chosen.forEach(conflicted.merge()::settle);
		}
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(conflicts.size() == 1 ? "You and " + conflicted.latestBy() + " changed the same thing"
				: "You and " + conflicted.latestBy() + " changed the same " + conflicts.size() + " things");
		setMessage("Version " + conflicted.latest() + ", saved by " + conflicted.latestBy()
				+ ", changed what you changed. Everything else is merged. Choose which side to keep of each; nothing is sent until you do.");
		SashForm sash = new SashForm(area, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 360).indent(10, 10).applyTo(sash);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(top);
		table = new Table(top, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(CHOICE_KEY, chosen);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(table, "What", 300);
		column(table, "Field", 160);
		column(table, "Keep", 120);
		for (Conflict conflict : conflicts) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(conflict);
		}
		Composite buttons = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		choiceButton(buttons, "Keep &Mine", Side.MINE, false);
		choiceButton(buttons, "Keep &Theirs", Side.THEIRS, false);
		choiceButton(buttons, "&All Mine", Side.MINE, true);
		choiceButton(buttons, "All T&heirs", Side.THEIRS, true);
		Composite sides = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(sides);
		mine = side(sides, "Yours:");
		theirs = side(sides, "Theirs (version " + conflicted.latest() + ", " + conflicted.latestBy() + "):");
		sash.setWeights(3, 2);
		table.addListener(SWT.Selection, e -> showSelected());
		table.select(0);
		refresh();
		showSelected();
		return area;
	}

	private void choiceButton(Composite parent, String label, Side side, boolean all) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> {
			for (TableItem item : all ? table.getItems() : table.getSelection()) {
				chosen.put((Conflict) item.getData(), side);
			}
			refresh();
		});
	}

	private static Text side(Composite parent, String label) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
		new Label(column, SWT.NONE).setText(label);
		Text text = new Text(column, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		return text;
	}

	private void showSelected() {
		TableItem[] selected = table.getSelection();
		Conflict conflict = selected.length == 0 ? null : (Conflict) selected[0].getData();
		mine.setText(conflict == null ? "" : conflict.mine());
		theirs.setText(conflict == null ? "" : conflict.theirs());
	}

	private void refresh() {
		for (TableItem item : table.getItems()) {
			Conflict conflict = (Conflict) item.getData();
			Side side = chosen.get(conflict);
			item.setText(new String[] { conflict.object(), conflict.feature() == null ? whole(conflict) : conflict.feature(),
					side == null ? "(choose)" : side == Side.MINE ? "Mine" : "Theirs" });
		}
		Button save = getButton(IDialogConstants.OK_ID);
		if (save != null) {
			save.setEnabled(chosen.size() == conflicts.size());
		}
	}

	private static String whole(Conflict conflict) {
		return switch (conflict.kind()) {
			case DELETED_BY_THEM -> "deleted by them";
			case DELETED_BY_ME -> "deleted by you";
			case ADDED_TO_DELETED -> "added to what they deleted";
			case REFERS_TO_DELETED -> "points to what they deleted";
			case BOTH_CHANGED -> "changed";
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Save", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
