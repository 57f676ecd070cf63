package org.hjp.workbench.sharing.ui;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;

/**
 * Secure storage's key where no keychain of the operating system keeps it: a master password the user chooses the
 * first time a password is kept, and gives once per session when a kept one is needed. Without a display (the command
 * line) there is no one to ask, and secure storage is not used.
 */
public final class MasterPasswordProvider extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		if (display == null || display.isDisposed()) {
			return null;
		}
		boolean choosing = (passwordType & CREATE_NEW_PASSWORD) != 0;
		char[][] given = new char[1][];
		display.syncExec(() -> given[0] = MasterPasswordDialog.ask(display.getActiveShell(), choosing));
		return given[0] == null ? null : new PBEKeySpec(given[0]);
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		// A wrong master password: asked again, and the user may cancel.
		return true;
	}
}
