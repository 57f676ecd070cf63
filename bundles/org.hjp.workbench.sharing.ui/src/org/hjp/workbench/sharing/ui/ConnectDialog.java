package org.hjp.workbench.sharing.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;

/**
 * File > Connect to Repository: where the repository is, who signs in, and how the connection is protected. OK tries
 * the connection first and stays open, saying why in a sentence, until it works.
 */
final class ConnectDialog extends RepositoryDialog {

	static final String TITLE = "Connect to a repository";
	/** Each field's name, on the field: host, port, database, user, password, keep, mode, authority. */
	static final String FIELD_KEY = ConnectDialog.class.getName() + ".field";

	/** The choices of protection, as the driver's sslmode names them. */
	private static final List<String> MODES = List.of("verify-full", "require", "prefer");
	private static final List<String> MODE_LABELS = List.of("Encrypted, and the server's certificate checked (verify-full)",
			"Encrypted, the certificate not checked (require)", "Encrypted only if the server offers it, and not checked (prefer)");

	private final Optional<RepositorySettings> before;
	private Text host;
	private Text port;
	private Text database;
	private Text user;
	private Text password;
	private Combo mode;
	private Text authority;
	private Button keep;

	private RepositorySettings settings;
	private char[] given;
	private boolean keepPassword;

	ConnectDialog(Shell parent, Optional<RepositorySettings> before) {
		super(parent, TITLE);
		this.before = before;
	}

	RepositorySettings settings() {
		return settings;
	}

	char[] password() {
		return given;
	}

	boolean keepPassword() {
		return keepPassword;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Connect to a shared repository");
		setMessage("The repository keeps partnerships that partner organisations work on together. Your administrator gives you these details.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		host = field(fields, "&Server:", before.map(RepositorySettings::host).orElse(""), "host");
		port = field(fields, "P&ort:", String.valueOf(before.map(RepositorySettings::port).orElse(RepositorySettings.DEFAULT_PORT)), "port");
		database = field(fields, "&Database:", before.map(RepositorySettings::database).orElse(""), "database");
		user = field(fields, "Your &login:", before.map(RepositorySettings::user).orElse(System.getProperty("user.name", "")), "user");
		new Label(fields, SWT.NONE).setText("&Password:");
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		password.setData(FIELD_KEY, "password");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);
		new Label(fields, SWT.NONE);
		keep = new Button(fields, SWT.CHECK);
		keep.setData(FIELD_KEY, "keep");
		keep.setText("&Remember the password on this computer (encrypted in secure storage)");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(keep);
		new Label(fields, SWT.NONE).setText("Pro&tection:");
		mode = new Combo(fields, SWT.READ_ONLY);
		mode.setData(FIELD_KEY, "mode");
		mode.setItems(MODE_LABELS.toArray(String[]::new));
		String sslMode = before.map(RepositorySettings::sslMode).orElse("verify-full");
		mode.select(Math.max(0, MODES.indexOf(sslMode)));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(mode);
		new Label(fields, SWT.NONE).setText("&Certificate authority:");
		authority = new Text(fields, SWT.BORDER);
		authority.setData(FIELD_KEY, "authority");
		authority.setMessage("the file your administrator gave you (.crt or .pem)");
		authority.setText(before.map(RepositorySettings::sslRootCert).orElse(""));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(authority);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		(before.isPresent() ? password : host).setFocus();
		return area;
	}

	private static Text field(Composite parent, String label, String value, String name) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setData(FIELD_KEY, name);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		return text;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("The certificate authority of the repository's server");
		dialog.setFilterExtensions(new String[] { "*.crt;*.pem", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			authority.setText(chosen);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		try {
			RepositorySettings chosen = chosen();
			char[] typed = password.getTextChars();
			if (typed.length == 0 && !SharedRepository.hasStoredPassword(chosen)) {
				throw new RepositoryException("Type your password.");
			}
			SharedRepository.Access access = RepositoryWork.run(getShell(), () -> SharedRepository.connect(chosen, typed.length == 0 ? null : typed),
					"Connecting to " + chosen.address() + "\u2026", SharedRepository::access);
			settings = chosen;
			given = typed;
			keepPassword = keep.getSelection();
			setErrorMessage(null);
			setMessage(connected(access));
			super.okPressed();
		} catch (RepositoryException | IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private static String connected(SharedRepository.Access access) {
		if (access.member()) {
			return "Connected: you may see " + access.partnerships() + (access.partnerships() == 1 ? " partnership." : " partnerships.");
		}
		return access.respondent() ? "Connected: File > Questionnaires Waiting shows what you are asked to answer." : "Connected.";
	}

	/** Forgets the typed password, once the account has its own copy. */
	void clearPassword() {
		if (given != null) {
			java.util.Arrays.fill(given, '\0');
		}
	}

	private RepositorySettings chosen() throws RepositoryException {
		if (host.getText().isBlank() || database.getText().isBlank() || user.getText().isBlank()) {
			throw new RepositoryException("Give the server, the database and your login.");
		}
		String sslMode = MODES.get(Math.max(0, mode.getSelectionIndex()));
		if ("verify-full".equals(sslMode) && authority.getText().isBlank()) {
			throw new RepositoryException("Checking the server's certificate needs the certificate authority's file: choose it, or another protection.");
		}
		return new RepositorySettings(host.getText().strip(), RepositorySettings.port(port.getText().strip()), database.getText().strip(),
				user.getText().strip(), sslMode, authority.getText().isBlank() ? null : authority.getText().strip());
	}
}
