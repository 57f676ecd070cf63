package org.hjp.workbench.ui.edit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A text, number or date field. The value is set when the field loses focus or the user presses Enter
 * (Ctrl+Enter in a multi-line field), so one edit is one undo step, not one per keystroke.
 */
final class TextField extends PropertyField {

	private Text text;
	private Label error;

	TextField(EditingDomain domain, EObject object, IItemPropertyDescriptor descriptor) {
		super(domain, object, descriptor);
	}

	@Override
	Control create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 1;
		box.setLayout(layout);
		boolean multiLine = descriptor.isMultiLine(object);
		text = new Text(box, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 3 * text.getLineHeight() + 6 : SWT.DEFAULT).applyTo(text);
		error = new Label(box, SWT.NONE);
		error.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(error);
		error.setVisible(false);
		refresh();
		text.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent e) {
				commit();
			}
		});
		text.addTraverseListener(e -> {
			if (e.detail == SWT.TRAVERSE_RETURN && (!multiLine || (e.stateMask & SWT.MOD1) != 0)) {
				commit();
				e.doit = !multiLine;
			} else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		return box;
	}

	@Override
	void refresh() {
		if (text != null && !text.isDisposed()) {
			String shown = ValueText.format(object.eGet(feature));
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
			showError(null);
		}
	}

	private void commit() {
		if (text.isDisposed()) {
			return;
		}
		try {
			set(ValueText.parse(((EAttribute) feature).getEAttributeType(), text.getText()));
			showError(null);
		} catch (IllegalArgumentException e) {
			showError(e.getMessage());
		}
	}

	private void showError(String message) {
		boolean show = message != null;
		error.setText(show ? message : "");
		error.setVisible(show);
		((org.eclipse.swt.layout.GridData) error.getLayoutData()).exclude = !show;
		error.getParent().requestLayout();
	}

	/** The text widget, for tests and for focus. */
	Text text() {
		return text;
	}
}
