package org.hjp.workbench.ui.forms;

import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.hjp.workbench.core.validation.Problem.Severity;

/**
 * One line, always the same height whether it says something or not, so that a message coming or going moves nothing
 * around it. A message longer than the line ends in an ellipsis; the whole of it is the line's tooltip.
 */
public final class MessageLine extends CLabel {

	private static final String ELLIPSIS = "\u2026";
	private static final String HEIGHT_KEY = "hjp.messageLine.height.";

	public MessageLine(Composite parent) {
		super(parent, SWT.NONE);
		setMargins(0, 1, 0, 1);
		// No width of its own: the line takes the width of the column it is in instead of widening the form.
		GridDataFactory.fillDefaults().grab(true, false).hint(0, heightIn(parent)).applyTo(this);
	}

	/**
	 * The height of a message line in {@code parent}, measured once per font: a form has a line for each of its fields,
	 * and measuring takes a trip to the display.
	 */
	public static int heightIn(Composite parent) {
		String key = HEIGHT_KEY + parent.getFont().getFontData()[0];
		if (parent.getDisplay().getData(key) instanceof Integer height) {
			return height;
		}
		GC gc = new GC(parent);
		try {
			int height = Math.max(gc.getFontMetrics().getHeight(), image(Severity.WARNING).getBounds().height) + 2;
			parent.getDisplay().setData(key, height);
			return height;
		} finally {
			gc.dispose();
		}
	}

	/** Shows {@code message} with the icon of its severity (none when it is null), or nothing when it is null. */
	public void show(String message, Severity severity) {
		if (message == null) {
			setImage(null);
			setText("");
			setToolTipText(null);
			return;
		}
		Image icon = severity == null ? null : image(severity);
		setImage(icon);
		setText(message.replace("&", "&&"));
		setToolTipText(message);
		setForeground(severity == Severity.ERROR ? getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
	}

	/** The icon of a severity, as the field decorations show it. */
	public static Image image(Severity severity) {
		String id = switch (severity) {
		case ERROR -> FieldDecorationRegistry.DEC_ERROR;
		case WARNING -> FieldDecorationRegistry.DEC_WARNING;
		case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
		};
		return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}

	/** Cuts a sentence at its end, where a reader expects it to go on, rather than in its middle. */
	@Override
	protected String shortenText(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (gc.textExtent(text.substring(0, middle) + ELLIPSIS).x <= width) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return text.substring(0, low).stripTrailing() + ELLIPSIS;
	}
}
