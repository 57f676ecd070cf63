package org.hjp.workbench.ui.forms.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Lets the user tick any number of objects from a list. */
final class ChoicesDialog extends Dialog {

	private final String title;
	private final List<Object> choices;
	private List<Object> chosen;
	private final Function<Object, String> labels;
	private CheckboxTableViewer viewer;

	ChoicesDialog(Shell parent, String title, List<Object> choices, List<Object> chosen, Function<Object, String> labels) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.chosen = chosen;
		this.labels = labels;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(choices.isEmpty() ? "There is nothing to choose from yet." : "Tick every one that applies:");
		viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.apply(element);
			}
		});
		viewer.setInput(choices);
		viewer.setCheckedElements(chosen.toArray());
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 240).applyTo(viewer.getControl());
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = List.of(viewer.getCheckedElements());
		super.okPressed();
	}

	List<Object> chosen() {
		return chosen;
	}
}
