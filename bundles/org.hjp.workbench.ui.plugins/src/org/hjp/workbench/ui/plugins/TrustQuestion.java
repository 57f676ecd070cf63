package org.hjp.workbench.ui.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.provisioning.InstallQuestions;

/**
 * Asks the user, in the Plug-ins dialog, whether to install plug-ins that are unsigned or signed by someone the
 * workbench does not know, saying what installing a plug-in means. Called from the thread that installs; the question
 * is shown on the UI thread, with "Don't Install" as the default answer.
 */
final class TrustQuestion implements InstallQuestions {

	static final String TITLE = "Install plug-ins nobody the workbench knows vouches for?";
	static final String INSTALL = "&Install Anyway";
	static final String DONT = "&Don't Install";
	private static final int MAX_LINES = 8;

	private final Shell shell;

	TrustQuestion(Shell shell) {
		this.shell = shell;
	}

	@Override
	public TrustAnswer trust(List<Signer> unknownSigners, List<String> unsignedPlugins) {
		AtomicReference<TrustAnswer> answer = new AtomicReference<>(TrustAnswer.REFUSED);
		if (!shell.isDisposed()) {
			shell.getDisplay().syncExec(() -> answer.set(ask(unknownSigners, unsignedPlugins)));
		}
		return answer.get();
	}

	private TrustAnswer ask(List<Signer> signers, List<String> unsigned) {
		if (shell.isDisposed()) {
			return TrustAnswer.REFUSED;
		}
		String message = text(signers, unsigned);
		String[] buttons = { INSTALL, DONT };
		if (signers.isEmpty()) {
			MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.WARNING, 1, buttons);
			return new TrustAnswer(dialog.open() == 0, false);
		}
		MessageDialogWithToggle dialog = new MessageDialogWithToggle(shell, TITLE, null, message, MessageDialog.WARNING, buttons, 1,
				"&Trust these signers from now on", false);
		// Buttons with labels of their own are numbered in order, as in a MessageDialog.
		boolean install = dialog.open() == 0;
		return new TrustAnswer(install, install && dialog.getToggleState());
	}

	private static String text(List<Signer> signers, List<String> unsigned) {
		StringBuilder text = new StringBuilder("A plug-in runs with your rights on this computer: it can read and change your files, and those of the "
				+ "partnerships you open. Install only what comes from an organisation you trust, from an update site you got from them.");
		if (!unsigned.isEmpty()) {
			text.append("\n\nNot signed, so nobody vouches that it comes from its provider unchanged:");
			lines(text, unsigned);
		}
		for (Signer signer : signers) {
			text.append("\n\nSigned by ").append(signer.name()).append(signer.issuer().isEmpty() || signer.issuer().equals(signer.name()) ? "" : ", certified by " + signer.issuer())
					.append(", whom the workbench does not know (fingerprint ").append(signer.fingerprint()).append("):");
			lines(text, signer.plugins());
		}
		return text.toString();
	}

	private static void lines(StringBuilder text, List<String> items) {
		List<String> shown = new ArrayList<>(items.subList(0, Math.min(items.size(), MAX_LINES)));
		if (items.size() > MAX_LINES) {
			shown.add("and " + (items.size() - MAX_LINES) + " more");
		}
		shown.forEach(item -> text.append("\n  \u2022 ").append(item));
	}
}
