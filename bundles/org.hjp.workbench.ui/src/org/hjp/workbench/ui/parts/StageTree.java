package org.hjp.workbench.ui.parts;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.hjp.workbench.ui.edit.ItemProviderContentProvider;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;

/**
 * A stage's part of the partnership as a tree, with Add and Remove buttons, a context menu, Delete to remove
 * and Alt+Up/Down to move. What an edit creates or moves is selected, so the user can go on with it.
 */
final class StageTree {

	private final Composite pane;
	private final TreeViewer viewer;
	private final EObject root;
	private final TreeEditing editing;

	/** @param shown which children to show; the profile, for one, leaves the other stages' data out */
	StageTree(Composite parent, AdapterFactoryEditingDomain domain, EObject root, Predicate<Object> shown, String key) {
		this.root = root;
		pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(pane);
		viewer = new TreeViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getControl().setData(StageEditorPart.TREE_KEY, key);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new ItemProviderContentProvider(domain.getAdapterFactory(), shown));
		viewer.setLabelProvider(new ItemProviderLabelProvider(domain.getAdapterFactory()));
		viewer.setInput(new Object[] { root });
		viewer.expandToLevel(2);
		editing = new TreeEditing(domain, this::revealAll);
		createContextMenu();
		createButtons();
		viewer.getControl().addKeyListener(KeyListener.keyPressedAdapter(e -> {
			EObject selected = selected();
			if (selected == null || selected == root) {
				return;
			}
			if (e.keyCode == SWT.DEL) {
				editing.execute(editing.remove(selected));
			} else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
				editing.execute(editing.move(selected, e.keyCode == SWT.ARROW_UP ? -1 : 1));
				e.doit = false;
			}
		}));
		viewer.setSelection(new StructuredSelection(root));
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			EObject selected = selected();
			if (selected != null) {
				editing.fillMenu(m, selected, root);
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void createButtons() {
		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add...");
		add.setToolTipText("Add an item under the selected one");
		MenuManager addMenu = new MenuManager();
		addMenu.setRemoveAllWhenShown(true);
		addMenu.addMenuListener(m -> editing.fillAddMenu(m, selected() == null ? root : selected()));
		Menu menu = addMenu.createContextMenu(add);
		add.addListener(SWT.Selection, e -> {
			Point below = add.toDisplay(0, add.getSize().y);
			menu.setLocation(below);
			menu.setVisible(true);
		});
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		remove.setToolTipText("Remove the selected item (Delete)");
		remove.addListener(SWT.Selection, e -> {
			EObject selected = selected();
			if (selected != null && selected != root) {
				editing.execute(editing.remove(selected));
			}
		});
		viewer.addSelectionChangedListener(e -> remove.setEnabled(selected() != null && selected() != root));
	}

	Composite control() {
		return pane;
	}

	TreeViewer viewer() {
		return viewer;
	}

	EObject selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof EObject o ? o : null;
	}

	void reveal(EObject object) {
		viewer.setSelection(new StructuredSelection(object), true);
	}

	private void revealAll(Collection<?> objects) {
		List<?> shown = objects.stream().filter(o -> o instanceof EObject e && e.eResource() != null).toList();
		if (!shown.isEmpty()) {
			viewer.setSelection(new StructuredSelection(shown), true);
		}
		viewer.getControl().setFocus();
	}
}
