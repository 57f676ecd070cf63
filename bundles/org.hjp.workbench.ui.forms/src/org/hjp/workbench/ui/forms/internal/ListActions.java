package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.hjp.workbench.ui.forms.ListSpec;

/** What the user can do to a list: add an item of each kind the model allows, remove, move up and down. */
final class ListActions {

	private final FormContext context;
	/** The object holding the list, which changes as a form around the list shows another object. */
	private final IObservableValue<EObject> owner;
	private final ListSpec spec;
	private final ListTable table;
	private Button add;
	private Button remove;
	private Button up;
	private Button down;

	ListActions(FormContext context, IObservableValue<EObject> owner, ListSpec spec, ListTable table) {
		this.context = context;
		this.owner = owner;
		this.spec = spec;
		this.table = table;
	}

	void createButtons(Composite parent) {
		Composite buttons = new Composite(parent, SWT.NONE);
		// In a narrow list the buttons go onto a second row rather than out of sight.
		RowLayoutFactory.fillDefaults().wrap(true).pack(false).spacing(4).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		add = button(buttons, childKinds().size() > 1 ? "Add..." : "Add", () -> add(add));
		remove = button(buttons, "Remove", this::remove);
		up = button(buttons, "Up", () -> move(-1));
		down = button(buttons, "Down", () -> move(1));
		add.setToolTipText("Add an item (Insert in the list)");
		remove.setToolTipText("Remove the selected item (Delete in the list)");
		up.setToolTipText("Move the selected item up (Alt+Up in the list); not while the list is sorted by a column");
		down.setToolTipText("Move the selected item down (Alt+Down in the list); not while the list is sorted by a column");
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		button.setLayoutData(new RowData(Math.max(72, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT));
		return button;
	}

	void bindKeys(Table control) {
		control.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.INSERT) {
				add(control);
			} else if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				remove();
			} else if ((e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN) && e.stateMask == SWT.ALT) {
				move(e.keyCode == SWT.ARROW_UP ? -1 : 1);
				e.doit = false;
			}
		});
	}

	/** A new item of the list's first kind, for column headings; null if the list takes no new items. */
	EObject prototype() {
		return childKinds().stream().map(p -> p.getValue()).filter(EObject.class::isInstance).map(EObject.class::cast).findFirst().orElse(null);
	}

	void updateEnablement() {
		if (add == null || add.isDisposed()) {
			return;
		}
		EObject selected = table.selected();
		remove.setEnabled(selected != null);
		boolean movable = selected != null && !table.isSorted();
		List<EObject> rows = movable ? table.rows() : List.of();
		int index = movable ? rows.indexOf(selected) : -1;
		up.setEnabled(movable && index > 0);
		down.setEnabled(movable && index >= 0 && index < rows.size() - 1);
	}

	/** The kinds of item the model lets the user add here, as EMF Edit's new-child descriptors. */
	private List<CommandParameter> childKinds() {
		List<CommandParameter> kinds = new ArrayList<>();
		if (owner.getValue() == null) {
			return kinds;
		}
		Collection<?> descriptors = context.domain.getNewChildDescriptors(owner.getValue(), null);
		for (Object descriptor : descriptors) {
			if (descriptor instanceof CommandParameter parameter && parameter.getEStructuralFeature() == spec.reference()
					&& (spec.only() == null || spec.only().isInstance(parameter.getValue()))) {
				kinds.add(parameter);
			}
		}
		return kinds;
	}

	private void add(Control anchor) {
		List<CommandParameter> kinds = childKinds();
		if (kinds.size() == 1) {
			create(kinds.get(0));
		} else if (kinds.size() > 1) {
			Menu menu = new Menu(anchor);
			ListColumns labels = new ListColumns(context);
			for (CommandParameter kind : kinds) {
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText(labels.kind((EObject) kind.getValue()));
				item.addListener(SWT.Selection, e -> create(kind));
			}
			Rectangle bounds = anchor.getBounds();
			Point below = anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
			menu.setLocation(below);
			menu.setVisible(true);
		}
	}

	private void create(CommandParameter kind) {
		spec.newItems().accept((EObject) kind.getValue());
		Command command = CreateChildCommand.create(context.domain, owner.getValue(), kind, List.of(owner.getValue()));
		if (execute(command)) {
			command.getAffectedObjects().stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst().ifPresent(table::selectNew);
		}
	}

	private void remove() {
		EObject selected = table.selected();
		if (selected == null) {
			return;
		}
		List<EObject> rows = table.rows();
		int index = rows.indexOf(selected);
		if (execute(DeleteCommand.create(context.domain, List.of(selected)))) {
			List<EObject> left = table.rows();
			if (!left.isEmpty()) {
				table.select(left.get(Math.min(index, left.size() - 1)));
			}
			table.viewer().getTable().setFocus();
		}
	}

	/** Moves the selected item past its visible neighbour; in a list showing one kind, other kinds stay put. */
	private void move(int step) {
		EObject selected = table.selected();
		if (selected == null || table.isSorted()) {
			return;
		}
		List<EObject> rows = table.rows();
		int index = rows.indexOf(selected) + step;
		if (index < 0 || index >= rows.size()) {
			return;
		}
		@SuppressWarnings("unchecked")
		EList<EObject> all = (EList<EObject>) owner.getValue().eGet(spec.reference());
		if (execute(MoveCommand.create(context.domain, owner.getValue(), spec.reference(), selected, all.indexOf(rows.get(index))))) {
			table.select(selected);
			updateEnablement();
		}
	}

	private boolean execute(Command command) {
		if (command.canExecute()) {
			context.domain.getCommandStack().execute(command);
			return true;
		}
		return false;
	}
}
