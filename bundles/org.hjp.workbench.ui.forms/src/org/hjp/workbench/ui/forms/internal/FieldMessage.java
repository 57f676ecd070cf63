package org.hjp.workbench.ui.forms.internal;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.hjp.workbench.core.validation.Problem.Severity;
import org.hjp.workbench.ui.forms.MessageLine;

/**
 * The message under a field or list: what is wrong with the value typed, or what the partnership's checks say
 * about it. Its line's height is kept when there is nothing to say, so that messages never move the controls the user
 * is about to click. Most fields never have a message: until one has, the height is kept as an empty margin, which
 * costs nothing to build, and the line is made in it when first needed. Text the user typed that cannot be taken
 * comes first.
 */
final class FieldMessage {

	private final Composite parent;
	private final int reserved;
	private MessageLine line;
	private String inputError;
	private String check;
	private Severity checkSeverity;

	/** A message below what {@code parent} (laid out by a GridLayout) holds, and whatever is added to it later. */
	FieldMessage(Composite parent) {
		this.parent = parent;
		GridLayout layout = (GridLayout) parent.getLayout();
		reserved = MessageLine.heightIn(parent) + layout.verticalSpacing;
		layout.marginBottom += reserved;
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
		return parent.isDisposed();
	}

	private void update() {
		if (parent.isDisposed()) {
			return;
		}
		String message = inputError != null ? inputError : check;
		if (line == null && message == null) {
			return;
		}
		if (line == null) {
			// In the margin kept for it: the parent keeps its size, so only its own children are laid out again.
			((GridLayout) parent.getLayout()).marginBottom -= reserved;
			line = new MessageLine(parent);
			parent.layout(true);
		}
		line.show(message, inputError != null ? Severity.ERROR : checkSeverity);
	}
}
