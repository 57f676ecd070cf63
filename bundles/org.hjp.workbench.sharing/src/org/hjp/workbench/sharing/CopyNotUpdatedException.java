package org.hjp.workbench.sharing;

import java.io.IOException;

/**
 * The repository took a version, but the partnership's file on this computer could not be brought up to date with it
 * (a full disk, a file held by another program): nothing is lost, as the repository has it.
 */
public final class CopyNotUpdatedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int version;

	CopyNotUpdatedException(String message, int version, Throwable cause) {
		super(message, cause);
		this.version = version;
	}

	/** The version the repository has. */
	public int version() {
		return version;
	}
}
