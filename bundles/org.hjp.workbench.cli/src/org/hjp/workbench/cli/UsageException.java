package org.hjp.workbench.cli;

/** Arguments a command cannot make sense of; the message says what to write instead. */
final class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
