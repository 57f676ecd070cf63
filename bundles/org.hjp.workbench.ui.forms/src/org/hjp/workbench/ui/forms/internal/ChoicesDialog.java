package org.hjp.workbench.ui.forms.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Lets the user choose from a list that may be long: ticks for any number of objects, or one object picked (Enter
 * or a double-click). Typing in the search field narrows the list; what was ticked stays ticked while hidden.
 */
final class ChoicesDialog extends Dialog {

	private final String title;
	private final List<Object> choices;
	private final Set<Object> chosen;
	private final Function<Object, String> labels;
	private final boolean many;
	private TableViewer viewer;
	private String search = "";

	/** A dialog of ticks: any number of {@code choices}, {@code chosen} ticked to start with. */
	static ChoicesDialog many(Shell parent, String title, List<Object> choices, List<Object> chosen, Function<Object, String> labels) {
		return new ChoicesDialog(parent, title, choices, chosen, labels, true);
	}

	/** A dialog to pick one of {@code choices}, {@code current} (if any) selected to start with. */
	static ChoicesDialog one(Shell parent, String title, List<Object> choices, Object current, Function<Object, String> labels) {
		return new ChoicesDialog(parent, title, choices, current == null ? List.of() : List.of(current), labels, false);
	}

	private ChoicesDialog(Shell parent, String title, List<Object> choices, List<Object> chosen, Function<Object, String> labels, boolean many) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.chosen = new LinkedHashSet<>(chosen);
		this.labels = labels;
		this.many = many;
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
		intro.setText(choices.isEmpty() ? "There is nothing to choose from yet."
				: many ? "Tick every one that applies (type to find one):" : "Choose one (type to find it, then press Enter):");
		Text searchField = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		searchField.setMessage("Search " + choices.size() + (choices.size() == 1 ? " item" : " items"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(searchField);
		// Virtual: a partnership can hold thousands of needs, and only the rows in sight need labels.
		int style = SWT.BORDER | SWT.V_SCROLL | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE;
		viewer = many ? CheckboxTableViewer.newCheckList(area, style) : new TableViewer(area, style);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.apply(element);
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches(element);
			}
		});
		if (viewer instanceof CheckboxTableViewer ticks) {
			ticks.setCheckStateProvider(new ICheckStateProvider() {
				@Override
				public boolean isChecked(Object element) {
					return chosen.contains(element);
				}

				@Override
				public boolean isGrayed(Object element) {
					return false;
				}
			});
			ticks.addCheckStateListener(e -> {
				if (e.getChecked()) {
					chosen.add(e.getElement());
				} else {
					chosen.remove(e.getElement());
				}
			});
		} else {
			viewer.addSelectionChangedListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(!e.getSelection().isEmpty()));
			viewer.addDoubleClickListener(e -> okPressed());
		}
		viewer.setInput(choices);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 240).applyTo(viewer.getControl());
		searchField.addModifyListener(e -> {
			search = searchField.getText().trim().toLowerCase(Locale.ROOT);
			viewer.refresh();
			if (!many) {
				choices.stream().filter(this::matches).findFirst()
						.ifPresent(first -> viewer.setSelection(new StructuredSelection(first), true));
			}
		});
		searchField.addListener(SWT.DefaultSelection, e -> {
			if (!many && !viewer.getSelection().isEmpty()) {
				okPressed();
			}
		});
		searchField.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTable().setFocus();
			}
		});
		return area;
	}

	private boolean matches(Object choice) {
		return search.isEmpty() || labels.apply(choice).toLowerCase(Locale.ROOT).contains(search);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		if (!many) {
			if (chosen.isEmpty()) {
				getButton(IDialogConstants.OK_ID).setEnabled(false);
			} else {
				viewer.setSelection(new StructuredSelection(chosen.iterator().next()), true);
			}
		}
	}

	@Override
	protected void okPressed() {
		if (!many) {
			Object picked = viewer.getStructuredSelection().getFirstElement();
			if (picked == null) {
				return;
			}
			chosen.clear();
			chosen.add(picked);
		}
		super.okPressed();
	}

	/** What was ticked, or the one picked, in the order of the choices. */
	List<Object> chosen() {
		return choices.stream().filter(chosen::contains).toList();
	}
}
