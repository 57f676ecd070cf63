package org.hjp.workbench.sharing.rounds.ui;

import java.io.IOException;
import java.text.DateFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.ui.RepositoryDialog;

/**
 * File > Open Round for Answering: the coordinator chooses a round of the open partnership and the people asked (their
 * logins), named or anonymous, and opens it in the repository; or closes a round opened before. What the repository
 * says of each round shows as it is chosen.
 */
final class OpenForAnsweringDialog extends RepositoryDialog {

	/** What the dialog asks of the repository; each runs while the user waits. */
	interface Server {
		int open(Rounds.Opening opening) throws RepositoryException, IOException;

		void close(String round) throws RepositoryException, IOException;

		Rounds.Progress progress(String round) throws RepositoryException, IOException;
	}

	static final String TITLE = "Open Round for Answering";
	static final int CLOSE_ROUND_ID = IDialogConstants.CLIENT_ID + 1;
	/** How many must have answered before an anonymous round's answers are shown (the server's rule). */
	private static final int ANONYMOUS_AT_LEAST = 3;
	/** Widget data keys, for tests. */
	static final String ROUNDS_KEY = "hjp.rounds.choice";
	static final String LOGINS_KEY = "hjp.rounds.logins";
	static final String ANONYMOUS_KEY = "hjp.rounds.anonymous";
	static final String STATE_KEY = "hjp.rounds.state";

	private final String partnership;
	private final String login;
	private final List<AssessmentRound> rounds;
	private final Map<String, Rounds.Opened> opened = new LinkedHashMap<>();
	private final Server server;
	/** What the repository said last of the chosen round. */
	private Rounds.Progress progress;
	private Combo choice;
	private Label state;
	private Text logins;
	private Button anonymous;

	OpenForAnsweringDialog(Shell parent, String partnership, String login, List<AssessmentRound> rounds, List<Rounds.Opened> opened, Server server) {
		super(parent, TITLE);
		this.partnership = partnership;
		this.login = login;
		this.rounds = rounds;
		opened.forEach(o -> this.opened.put(o.round(), o));
		this.server = server;
	}

	/** Its message wraps to the width its fields ask for, rather than widening the window past a small screen. */
	@Override
	protected Point getInitialSize() {
		Point wanted = getShell().computeSize(620, SWT.DEFAULT, true);
		return new Point(620, Math.min(wanted.y, getShell().getDisplay().getClientArea().height - 40));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Ask people to answer a round in their own workbench");
		setMessage("People answer in their own workbench, under File > Questionnaires Waiting; their answers then come into the round.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("&Round:");
		choice = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		choice.setData(ROUNDS_KEY, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
		rounds.forEach(r -> choice.add(title(r)));
		state = new Label(fields, SWT.WRAP);
		state.setData(STATE_KEY, Boolean.TRUE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(state);
		Label asked = new Label(fields, SWT.WRAP);
		asked.setText("&People asked: their logins to the repository, one a line or separated by commas.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(0, 8).applyTo(asked);
		logins = new Text(fields, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
		logins.setData(LOGINS_KEY, Boolean.TRUE);
		// Tab moves on, as in a one-line field: logins are separated by commas or lines, never tabs.
		logins.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, logins.getLineHeight() * 4).applyTo(logins);
		anonymous = new Button(fields, SWT.CHECK);
		anonymous.setData(ANONYMOUS_KEY, Boolean.TRUE);
		anonymous.setText("&Anonymous: the partners see answers under a number, never a login");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 4).applyTo(anonymous);
		Label anonymity = new Label(fields, SWT.WRAP);
		anonymity.setText("An anonymous round is asked of at least three people besides you. Its answers come in when you close it, once three have answered.");
		anonymity.setForeground(fields.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(20, 0).applyTo(anonymity);
		choice.addListener(SWT.Selection, e -> chosen());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Open for Answering", true);
		createButton(parent, CLOSE_ROUND_ID, "C&lose for Answering", false);
		createButton(parent, IDialogConstants.CANCEL_ID, "Done", false);
		choice.select(0);
		chosen();
	}

	private static String title(AssessmentRound round) {
		String title = round.getTitle() == null || round.getTitle().isBlank() ? "(a round without a title)" : round.getTitle();
		return round.getDate() == null ? title : title + ", " + DateFormat.getDateInstance(DateFormat.MEDIUM).format(round.getDate());
	}

	private AssessmentRound round() {
		return rounds.get(choice.getSelectionIndex());
	}

	/** Shows what the repository says of the chosen round, and what can be done with it. */
	private void chosen() {
		setErrorMessage(null);
		progress = null;
		Rounds.Opened known = opened.get(RepositoryRounds.idOf(round()));
		boolean open = known != null && !known.closed();
		getButton(IDialogConstants.OK_ID).setEnabled(known == null);
		getButton(CLOSE_ROUND_ID).setEnabled(open);
		logins.setEnabled(known == null);
		anonymous.setEnabled(known == null);
		if (known == null) {
			say("Not opened for answering yet.");
			return;
		}
		anonymous.setSelection(known.anonymous());
		String how = known.anonymous() ? "Anonymous: the answers come into the round, each person's under a number, once it is closed."
				: "Named: the answers come into the round as they arrive, under each person's login.";
		try {
			progress = server.progress(known.round());
			String answered = progress.answered() + " of the " + progress.asked() + (progress.asked() == 1 ? " person asked has" : " people asked have")
					+ " answered.";
			if (!open && known.anonymous() && progress.answered() < ANONYMOUS_AT_LEAST) {
				say("Closed for answering, with fewer than three answers: an anonymous round's answers are then never shown. " + answered);
			} else {
				say((open ? "Open for answering. " : "Closed for answering. ") + how + " " + answered);
			}
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not read a round's progress", e);
			say((open ? "Open for answering. " : "Closed for answering. ") + how);
			setErrorMessage(e.getMessage());
		}
	}

	private void say(String text) {
		state.setText(text);
		state.getParent().layout(true, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == CLOSE_ROUND_ID) {
			closeRound();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Opens the chosen round; the dialog stays, saying what the repository answered. */
	@Override
	protected void okPressed() {
		List<String> asked = Arrays.stream(logins.getText().split("[,;\\s]+")).filter(l -> !l.isBlank()).distinct().toList();
		if (asked.isEmpty()) {
			setErrorMessage("Give the login of at least one person to ask.");
			return;
		}
		AssessmentRound round = round();
		try {
			server.open(RepositoryRounds.opening(partnership, round, anonymous.getSelection(), asked));
			opened.put(RepositoryRounds.idOf(round), new Rounds.Opened(RepositoryRounds.idOf(round), round.getTitle(), anonymous.getSelection(), false, login));
			chosen();
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not open a round for answering", e);
			setErrorMessage(e.getMessage());
		}
	}

	private boolean closeAnyway() {
		return MessageDialog.openQuestion(getShell(), "Close with fewer than three answers?", "Only " + progress.answered()
				+ " of the people asked have answered. An anonymous round's answers are shown only once three people besides you have answered:"
				+ " closed now, its answers never come into the round, and it cannot be opened again. Close it?");
	}

	private void closeRound() {
		Rounds.Opened known = opened.get(RepositoryRounds.idOf(round()));
		if (known.anonymous() && progress != null && progress.answered() < ANONYMOUS_AT_LEAST && !closeAnyway()) {
			return;
		}
		try {
			server.close(known.round());
			opened.put(known.round(), new Rounds.Opened(known.round(), known.title(), known.anonymous(), true, known.openedBy()));
			chosen();
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not close a round for answering", e);
			setErrorMessage(e.getMessage());
		}
	}
}
