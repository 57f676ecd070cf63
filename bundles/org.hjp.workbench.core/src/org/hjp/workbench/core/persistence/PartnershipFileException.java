package org.hjp.workbench.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

/** A partnership file could not be opened or saved; the message names the file and says what is wrong, in plain words. */
public class PartnershipFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public PartnershipFileException(Path file, String problem, Throwable cause) {
		super(file.getFileName() + ": " + problem, cause);
		this.file = file;
	}

	public Path getFile() {
		return file;
	}
}
