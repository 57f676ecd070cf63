package org.hjp.workbench.provisioning;

/** Installing or removing plug-ins failed; the message says why in plain words, and nothing was changed. */
public class InstallException extends Exception {

	private static final long serialVersionUID = 1L;

	public InstallException(String message) {
		super(message);
	}

	public InstallException(String message, Throwable cause) {
		super(message, cause);
	}
}
