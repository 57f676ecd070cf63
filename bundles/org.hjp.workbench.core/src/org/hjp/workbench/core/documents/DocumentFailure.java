package org.hjp.workbench.core.documents;

import java.io.IOException;

/** A document could not be made because a contribution to it failed; the message says which, in plain words. */
public class DocumentFailure extends IOException {

	private static final long serialVersionUID = 1L;

	public DocumentFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
