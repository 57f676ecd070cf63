package org.hjp.workbench.assessment.ui;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.ScalePoint;
import org.hjp.workbench.ui.forms.ControlFactory;

/**
 * One respondent's answers, entered with the keyboard: the number of a point answers the selected statement and
 * moves to the next; D is don't know, N not applicable, Delete clears and stays. Each answer is one undoable edit.
 * The keys shown are those of the selected statement's own scale.
 */
final class AnswerSheet {

	/** Widget data key of the answer table, for tests. */
	static final String KEY = "hjp.assessment.answers";
	/** Widget data key of the line that gives the selected statement's keys, for tests. */
	static final String KEYS_KEY = "hjp.assessment.answerKeys";

	private final Respondent respondent;
	private final Instrument instrument;
	private final Composite composite;
	private final Label progress;
	private final Label keys;
	private final Label current;
	private final Table table;

	private AnswerSheet(Composite parent, Respondent respondent) {
		this.respondent = respondent;
		this.instrument = ((AssessmentRound) respondent.eContainer()).getInstrument();
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
		Label heading = new Label(composite, SWT.NONE);
		heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		heading.setText("Answers");
		keys = new Label(composite, SWT.WRAP);
		keys.setData(KEYS_KEY, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(keys);
		// The statements get most of the width: they are what is read; the whole of one shows below the table and on hover.
		Composite tableBox = new Composite(composite, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableBox.setLayout(columns);
		table = new Table(tableBox, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setData(KEY, respondent);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, table.getItemHeight() * 14).applyTo(tableBox);
		columns.setColumnData(column("Domain"), new ColumnWeightData(22, 90));
		columns.setColumnData(column("Statement"), new ColumnWeightData(58, 200));
		columns.setColumnData(column("Answer"), new ColumnWeightData(20, 110));
		table.addListener(SWT.MouseHover, e -> {
			TableItem row = table.getItem(new Point(e.x, e.y));
			table.setToolTipText(row == null ? null : row.getText(1));
		});
		current = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(current);
		progress = new Label(composite, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		table.addListener(SWT.Selection, e -> showCurrent());
		fill();
		table.addListener(SWT.KeyDown, e -> key(e.character, e.keyCode, e));
		table.setMenu(choicesMenu());
		ModelWatch.refreshOnChange(table, respondent, null, this::refresh);
	}

	static Control create(Composite parent, Respondent respondent) {
		AssessmentRound round = (AssessmentRound) respondent.eContainer();
		Optional<String> unusable = round == null ? Optional.empty() : Rounds.unusableInstrument(round);
		if (unusable.isPresent()) {
			Composite refused = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(refused);
			note(refused, unusable.get()).setForeground(refused.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			return refused;
		}
		if (round != null && round.getInstrument() != null) {
			return new AnswerSheet(parent, respondent).composite;
		}
		// Until the round has its instrument: a note, replaced by the sheet once the instrument is chosen.
		Composite waiting = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(waiting);
		Label label = note(waiting, "Choose the round's instrument above; its statements then appear here to be answered.");
		if (round != null) {
			ModelWatch.refreshOnChange(waiting, round, null, () -> {
				if (round.getInstrument() != null && !label.isDisposed()) {
					label.dispose();
					new AnswerSheet(waiting, respondent);
					ControlFactory.contentChanged(waiting);
				}
			});
		}
		return waiting;
	}

	private static Label note(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(label);
		label.setText(text.replace("&", "&&"));
		return label;
	}

	/** The keys that answer {@code item}: those of its own scale, as instruments may answer statements on different scales. */
	private String keysHelp(Item item) {
		if (item == null) {
			return "Select a statement and type the number of its answer.";
		}
		ResponseScale scale = InstrumentDefinitions.scaleOf(item, instrument);
		String points = scale.getPoints().stream().map(p -> p.getValue() + " " + p.getLabel()).collect(Collectors.joining(", "));
		return "Type the number of the answer (" + points + ")" + (scale.isDontKnow() ? ", D for don't know" : "")
				+ (scale.isNotApplicable() ? ", N for not applicable" : "") + "; the next statement is then selected. Delete clears the answer.";
	}

	private TableColumn column(String title) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		return column;
	}

	private void fill() {
		for (Domain domain : instrument.getDomains()) {
			boolean first = true;
			for (Item item : domain.getItems()) {
				TableItem row = new TableItem(table, SWT.NONE);
				row.setData(item);
				row.setText(0, first ? domain.getName() : "");
				row.setText(1, item.getText());
				first = false;
			}
		}
		refresh();
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
		showCurrent();
	}

	/** The selected statement in full, as a long one does not fit its column. */
	private void showCurrent() {
		Item item = selectedItem();
		String text = item == null ? "" : (table.getSelectionIndex() + 1) + " of " + table.getItemCount() + ": " + item.getText();
		String help = keysHelp(item).replace("&", "&&");
		if (!text.replace("&", "&&").equals(current.getText()) || !help.equals(keys.getText())) {
			current.setText(text.replace("&", "&&"));
			keys.setText(help);
			ControlFactory.contentChanged(current);
		}
	}

	private void refresh() {
		int answered = 0;
		for (TableItem row : table.getItems()) {
			Item item = (Item) row.getData();
			Answer answer = Rounds.answer(respondent, item.getId()).orElse(null);
			row.setText(2, answerText(item, answer));
			if (answer != null) {
				answered++;
			}
		}
		progress.setText(answered + " of " + table.getItemCount() + " statements answered");
	}

	private String answerText(Item item, Answer answer) {
		if (answer == null) {
			return "";
		}
		return switch (answer.getKind()) {
		case DONT_KNOW -> "Don't know";
		case NOT_APPLICABLE -> "Not applicable";
		default -> InstrumentDefinitions.scaleOf(item, instrument).getPoints().stream().filter(p -> p.getValue() == answer.getValue())
				.map(p -> p.getValue() + "  " + p.getLabel()).findFirst().orElse(answer.getValue() + " (not on the scale)");
		};
	}

	private void key(char character, int keyCode, Event event) {
		Item item = selectedItem();
		if (item == null) {
			return;
		}
		ResponseScale scale = InstrumentDefinitions.scaleOf(item, instrument);
		Command command = null;
		if (Character.isDigit(character)) {
			int value = Character.digit(character, 10);
			if (scale.getPoints().stream().anyMatch(p -> p.getValue() == value)) {
				command = AnswerCommands.answer(domain(), respondent, item.getId(), AnswerKind.POINT, value);
			}
		} else if ((character == 'd' || character == 'D') && scale.isDontKnow()) {
			command = AnswerCommands.answer(domain(), respondent, item.getId(), AnswerKind.DONT_KNOW, 0);
		} else if ((character == 'n' || character == 'N') && scale.isNotApplicable()) {
			command = AnswerCommands.answer(domain(), respondent, item.getId(), AnswerKind.NOT_APPLICABLE, 0);
		} else if (keyCode == SWT.DEL || keyCode == SWT.BS) {
			Command clear = AnswerCommands.clear(domain(), respondent, item.getId());
			if (clear != null) {
				domain().getCommandStack().execute(clear);
			}
			event.doit = false;
			return;
		} else {
			return;
		}
		event.doit = false;
		if (command != null) {
			domain().getCommandStack().execute(command);
			int next = Math.min(table.getSelectionIndex() + 1, table.getItemCount() - 1);
			table.setSelection(next);
			table.showSelection();
			showCurrent();
		} else {
			table.getDisplay().beep();
		}
	}

	private Menu choicesMenu() {
		Menu menu = new Menu(table);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem old : menu.getItems()) {
				old.dispose();
			}
			Item item = selectedItem();
			if (item == null) {
				return;
			}
			ResponseScale scale = InstrumentDefinitions.scaleOf(item, instrument);
			for (ScalePoint point : scale.getPoints()) {
				choice(menu, point.getValue() + "  " + point.getLabel(), () -> AnswerCommands.answer(domain(), respondent, item.getId(), AnswerKind.POINT, point.getValue()));
			}
			if (scale.isDontKnow()) {
				choice(menu, "Don't know", () -> AnswerCommands.answer(domain(), respondent, item.getId(), AnswerKind.DONT_KNOW, 0));
			}
			if (scale.isNotApplicable()) {
				choice(menu, "Not applicable", () -> AnswerCommands.answer(domain(), respondent, item.getId(), AnswerKind.NOT_APPLICABLE, 0));
			}
			choice(menu, "Clear", () -> AnswerCommands.clear(domain(), respondent, item.getId()));
		});
		return menu;
	}

	private void choice(Menu menu, String text, Supplier<Command> command) {
		MenuItem choice = new MenuItem(menu, SWT.PUSH);
		choice.setText(text);
		choice.addListener(SWT.Selection, e -> {
			Command c = command.get();
			if (c != null) {
				domain().getCommandStack().execute(c);
			}
		});
	}

	private Item selectedItem() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : (Item) table.getItem(index).getData();
	}

	private EditingDomain domain() {
		return AdapterFactoryEditingDomain.getEditingDomainFor(respondent);
	}
}
