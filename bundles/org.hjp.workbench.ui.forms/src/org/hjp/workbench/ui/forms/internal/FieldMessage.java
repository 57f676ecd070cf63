package org.hjp.workbench.ui.forms.internal;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.hjp.workbench.ui.forms.MessageLine;
import org.hjp.workbench.core.validation.Problem.Severity;

/**
 * The message under a field or list: what is wrong with the value typed, or what the partnership's checks say
 * about it. Its line is kept when there is nothing to say, so that messages never move the controls the user is
 * about to click. Text the user typed that cannot be taken comes first.
 */
final class FieldMessage {

	private final MessageLine line;
	private String inputError;
	private String check;
	private Severity checkSeverity;

	/** A message line below what {@code parent} holds so far. */
	FieldMessage(Composite parent) {
		line = new MessageLine(parent);
	}

	void inputError(String message) {
		inputError = message;
		update();
	}

	void check(String message, Severity severity) {
		check = message;
		checkSeverity = severity;
		update();
	}

	boolean isDisposed() {
		return line.isDisposed();
	}

	private void update() {
		if (!line.isDisposed()) {
			line.show(inputError != null ? inputError : check, inputError != null ? Severity.ERROR : checkSeverity);
		}
	}

	static Image image(Severity severity) {
		return MessageLine.image(severity);
	}
}
