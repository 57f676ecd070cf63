package org.hjp.workbench.cli;

/** One line for a failure no command expected: its innermost message, or its kind when it has none. */
final class Unexpected {

	private Unexpected() {
	}

	static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message == null || message.isBlank() ? cause.getClass().getSimpleName() : message).replace('\n', ' ');
	}
}
