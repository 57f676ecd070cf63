package org.hjp.workbench.ui.forms.internal;

import java.util.Objects;

import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hjp.workbench.core.validation.Problem.Severity;

/**
 * The message under a field or list: what is wrong with the value typed, or what the partnership's checks say
 * about it. Hidden when there is nothing to say. Text the user typed that cannot be taken comes first.
 */
final class FieldMessage {

	private final Composite parent;
	/** Made when there is first something to say: most fields never have a message. */
	private Composite box;
	private Label icon;
	private Label text;
	private String inputError;
	private String check;
	private Severity checkSeverity;
	/** What shows now (null: nothing), so that the form is laid out again only when that changes. */
	private String shown;
	private Severity shownSeverity;

	/** A message that shows below what {@code parent} holds so far (and whatever is added to it later). */
	FieldMessage(Composite parent) {
		this.parent = parent;
	}

	private void create() {
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		icon = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		text = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(FormStyle.WRAP_HINT, SWT.DEFAULT).applyTo(text);
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
		Severity severity = inputError != null ? Severity.ERROR : checkSeverity;
		if (!Objects.equals(message, shown) || severity != shownSeverity) {
			shown = message;
			shownSeverity = severity;
			show(message, severity);
			// Once for all the messages a validation changes, not once per message: laying out a big form is slow.
			Reflow.soon(parent);
		}
	}

	private void show(String message, Severity severity) {
		boolean show = message != null;
		if (show && box == null) {
			create();
		}
		if (show) {
			text.setText(message.replace("&", "&&"));
			icon.setImage(image(severity));
			text.setForeground(box.getDisplay().getSystemColor(severity == Severity.ERROR ? SWT.COLOR_DARK_RED : SWT.COLOR_BLACK));
		}
		if (box != null && show != box.getVisible()) {
			box.setVisible(show);
			((GridData) box.getLayoutData()).exclude = !show;
		}
	}

	static Image image(Severity severity) {
		String id = switch (severity) {
		case ERROR -> FieldDecorationRegistry.DEC_ERROR;
		case WARNING -> FieldDecorationRegistry.DEC_WARNING;
		case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
		};
		return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}
}
