package org.hjp.workbench.sharing.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the master password of secure storage: chosen and typed twice the first time, given once afterwards. */
final class MasterPasswordDialog extends TitleAreaDialog {

	static final String TITLE = "Master password";

	private final boolean choosing;
	private Text first;
	private Text second;
	private char[] password;

	private MasterPasswordDialog(Shell parent, boolean choosing) {
		super(parent);
		this.choosing = choosing;
	}

	/** The password given, or null when the user cancelled. */
	static char[] ask(Shell parent, boolean choosing) {
		MasterPasswordDialog dialog = new MasterPasswordDialog(parent, choosing);
		return dialog.open() == Window.OK ? dialog.password : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(choosing ? "Choose a master password" : "Give your master password");
		setMessage(choosing ? "The workbench keeps passwords encrypted with a master password of your choosing. It is asked once per session."
				: "The passwords the workbench keeps are encrypted with your master password.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		first = field(fields, "&Master password:");
		if (choosing) {
			second = field(fields, "&Again:");
		}
		return area;
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		if (first.getText().isEmpty()) {
			setErrorMessage("Type a master password.");
			return;
		}
		if (second != null && !second.getText().equals(first.getText())) {
			setErrorMessage("The two passwords differ; type the same one twice.");
			return;
		}
		password = first.getTextChars();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "OK", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
