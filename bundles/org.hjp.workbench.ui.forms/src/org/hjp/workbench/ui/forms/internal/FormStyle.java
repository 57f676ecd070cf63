package org.hjp.workbench.ui.forms.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The look shared by all stage forms: headings, help lines and their spacing. */
final class FormStyle {

	/** Wrapping labels need a width hint to wrap at all; the layout then gives them the width there is. */
	static final int WRAP_HINT = 240;

	private FormStyle() {
	}

	static Label heading(Composite parent, String text, int columns, boolean first) {
		Label heading = new Label(parent, SWT.NONE);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText(text.replace("&", "&&"));
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).indent(0, first ? 0 : 14).applyTo(heading);
		return heading;
	}

	/** A short bold line, e.g. the title of an item's checks. */
	static Label strong(Composite parent, String text, int columns) {
		Label strong = new Label(parent, SWT.WRAP);
		strong.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		strong.setText(text.replace("&", "&&"));
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).applyTo(strong);
		return strong;
	}

	static Label help(Composite parent, String text, int columns) {
		Label help = new Label(parent, SWT.WRAP);
		help.setText(text.replace("&", "&&"));
		help.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).applyTo(help);
		return help;
	}

	static Label paragraph(Composite parent, String text, int columns) {
		Label paragraph = new Label(parent, SWT.WRAP);
		paragraph.setText(text.replace("&", "&&"));
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).applyTo(paragraph);
		return paragraph;
	}
}
