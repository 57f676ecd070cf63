package org.hjp.workbench.sharing.rounds.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.ui.AssessmentControls;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.ui.RepositoryDialog;
import org.hjp.workbench.ui.session.DialogEdits;

/**
 * One questionnaire waiting for the one signed in: its statements answered with the keyboard, as on the assessment
 * stage, then sent all at once. Nothing reaches the partners until Send; Cancel leaves the answers sent before.
 */
final class AnswerQuestionnaireDialog extends RepositoryDialog {

	/** Sends the answers; runs while the user waits. */
	@FunctionalInterface
	interface Sender {
		void send(Rounds.Waiting waiting, List<Rounds.Given> answers) throws RepositoryException, IOException;
	}

	static final String TITLE = "Answer a Questionnaire";

	private final Questionnaire questionnaire;
	private final String login;
	private final Sender sender;
	private Control sheet;

	AnswerQuestionnaireDialog(Shell parent, Questionnaire questionnaire, String login, Sender sender) {
		super(parent, TITLE);
		this.questionnaire = questionnaire;
		this.login = login;
		this.sender = sender;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		// Ctrl+Z and Ctrl+Y (Cmd on the Mac) undo and redo an answer here, as in the partnership's window.
		DialogEdits.attach(shell, questionnaire.domain().getCommandStack());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Instrument instrument = questionnaire.instrument();
		setTitle(questionnaire.waiting().title() + ", for " + questionnaire.waiting().partnershipName());
		setMessage("You answer as " + login + ". " + (questionnaire.waiting().anonymous()
				? "The round is anonymous: the partners see your answers under a number, never your login."
				: "The round is named: the partners see your answers under your login."));
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		if (instrument.getInstructions() != null && !instrument.getInstructions().isBlank()) {
			Label instructions = new Label(body, SWT.WRAP);
			instructions.setText(instrument.getInstructions().replace("&", "&&"));
			GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(instructions);
		}
		sheet = AssessmentControls.answers(body, questionnaire.respondent());
		return area;
	}

	/** The answer sheet has the keys from the start: the first statement is answered with a number, without a click. */
	@Override
	public void create() {
		super.create();
		getShell().getDisplay().asyncExec(() -> answersTable(sheet).ifPresent(Control::setFocus));
	}

	private static java.util.Optional<Table> answersTable(Control control) {
		if (control == null || control.isDisposed()) {
			return java.util.Optional.empty();
		}
		if (control instanceof Table table && table.getData(AssessmentControls.ANSWERS_KEY) != null) {
			return java.util.Optional.of(table);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				java.util.Optional<Table> found = answersTable(child);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return java.util.Optional.empty();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Send Answers", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** As tall as the screen allows, no taller: the answer sheet's wrapped lines ask for more height than they take. */
	@Override
	protected Point getInitialSize() {
		Point wanted = super.getInitialSize();
		Rectangle screen = getShell().getDisplay().getClientArea();
		return new Point(Math.min(Math.max(wanted.x, 760), screen.width - 40), Math.min(wanted.y, Math.min(640, screen.height - 40)));
	}

	@Override
	protected void okPressed() {
		try {
			sender.send(questionnaire.waiting(), questionnaire.answers());
			super.okPressed();
		} catch (RepositoryException | IOException e) {
			ILog.of(getClass()).warn("Could not send answers", e);
			setErrorMessage(e.getMessage() + " Your answers are still here.");
		}
	}

	/** Escape and the window's close button ask too. */
	@Override
	protected void handleShellCloseEvent() {
		cancelPressed();
	}

	@Override
	protected void cancelPressed() {
		if (!questionnaire.changed() || MessageDialog.openQuestion(getShell(), "Leave without sending?",
				"The answers you gave here have not been sent. Leave them unsent?")) {
			super.cancelPressed();
		}
	}
}
