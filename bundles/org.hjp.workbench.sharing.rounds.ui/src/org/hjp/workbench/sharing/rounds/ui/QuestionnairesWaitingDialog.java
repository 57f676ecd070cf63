package org.hjp.workbench.sharing.rounds.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.ui.RepositoryDialog;

/** File > Questionnaires Waiting: the rounds open for the one signed in, each answered in a window of its own. */
final class QuestionnairesWaitingDialog extends RepositoryDialog {

	/** What the dialog asks of the repository; each runs while the user waits. */
	interface Server {
		List<Rounds.Waiting> waiting() throws RepositoryException, IOException;

		List<Rounds.Given> sent(Rounds.Waiting waiting) throws RepositoryException, IOException;

		void send(Rounds.Waiting waiting, List<Rounds.Given> answers) throws RepositoryException, IOException;
	}

	static final String TITLE = "Questionnaires Waiting";
	/** Widget data key of the table, for tests. */
	static final String TABLE_KEY = "hjp.rounds.waiting";

	private final String login;
	private final Server server;
	private List<Rounds.Waiting> waiting;
	private Table table;

	QuestionnairesWaitingDialog(Shell parent, String login, List<Rounds.Waiting> waiting, Server server) {
		super(parent, TITLE);
		this.login = login;
		this.waiting = waiting;
		this.server = server;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Questionnaires waiting for " + login);
		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setData(TABLE_KEY, Boolean.TRUE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(840, 200).indent(10, 10).applyTo(table);
		column(table, "Questionnaire", 250);
		column(table, "Partnership", 210);
		column(table, "Asked by", 90);
		column(table, "Your answers", 135);
		column(table, "Asked", 150);
		fill();
		table.addListener(SWT.DefaultSelection, e -> answer());
		return area;
	}

	private void fill() {
		table.removeAll();
		for (Rounds.Waiting round : waiting) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { round.title(), round.partnershipName(), round.openedBy(), round.answered() + " of " + round.statements().size() + " answered",
					(round.anonymous() ? "Anonymously, " : "By name, ") + (round.asked() == 1 ? "only you" : round.asked() + " people") });
			item.setData(round);
		}
		if (!waiting.isEmpty()) {
			table.select(0);
		}
		setMessage(waiting.isEmpty() ? "No questionnaire is waiting for you. When a partnership asks you to answer one, it shows here."
				: "Your answers go to the partners of the partnership named. You can come back and change them until the round is closed.");
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!waiting.isEmpty());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Answer...", true).setEnabled(!waiting.isEmpty());
		createButton(parent, IDialogConstants.CANCEL_ID, "Done", false);
	}

	@Override
	protected void okPressed() {
		answer();
	}

	/** Opens the chosen questionnaire with the answers sent before; after sending, the list says how many are answered. */
	private void answer() {
		if (table.getSelectionCount() != 1) {
			return;
		}
		Rounds.Waiting round = (Rounds.Waiting) table.getSelection()[0].getData();
		setErrorMessage(null);
		Questionnaire questionnaire;
		try {
			questionnaire = Questionnaire.of(round, login, server.sent(round));
		} catch (Questionnaire.UnanswerableException | RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not answer " + round.round(), e);
			setErrorMessage(e.getMessage());
			return;
		}
		if (new AnswerQuestionnaireDialog(getShell(), questionnaire, login, server::send).open() != Window.OK) {
			return;
		}
		try {
			waiting = server.waiting();
			fill();
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not read the questionnaires waiting again", e);
		}
		setMessage("Your answers to \u201c" + round.title() + "\u201d are sent. You can change them until the round is closed.");
	}
}
