package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.hjp.workbench.ui.forms.DetailForm;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.MessageLine;

/**
 * A list of contained items as a table bound to the model: add, remove, reorder (buttons, Insert, Delete,
 * Alt+Up/Down) and sort (click a column heading: up, down, back to the saved order). The selected item's form
 * shows in the details area given to it ({@link DetailsArea}).
 */
final class ListTable implements ProblemMarkers.Listener, FormPart {

	private final FormContext context;
	/** The object holding the list: another when a form around the list shows another object. */
	private final IObservableValue<EObject> owner;
	/** Whether the list is being given another owner, when its selection and details are set once it has it. */
	private boolean following;
	private final ListSpec spec;
	private final Composite details;
	private final DetailsArea area;
	private DetailForm detailForm;
	private final Composite control;
	private final TableViewer viewer;
	private final ListColumns columns;
	private final List<EStructuralFeature> features = new ArrayList<>();
	/** Where the problems about the list itself show, e.g. that a need has no evidence. */
	private final ProblemMarkers.FieldSpot spot;
	private final ListActions actions;
	private EStructuralFeature sortedBy;
	private int sortDirection = SWT.NONE;
	private EObject detailed;

	ListTable(Composite parent, FormContext context, IObservableValue<EObject> owner, ListSpec spec, Composite details, boolean fill) {
		this.context = context;
		this.owner = owner;
		this.spec = spec;
		this.details = details;
		this.detailForm = detailsOf(spec);
		area = new DetailsArea(details, context);
		this.columns = new ListColumns(context);
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 4).applyTo(control);
		if (spec.help() != null) {
			FormStyle.help(control, spec.help(), 1);
		}
		Composite tableBox = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, fill).hint(200, fill ? 200 : 120).applyTo(tableBox);
		TableColumnLayout layout = new TableColumnLayout();
		tableBox.setLayout(layout);
		// Virtual: only the rows in sight get labels and icons, so a list of 10,000 items opens and scrolls at once.
		viewer = new VirtualTableViewer(tableBox, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(FieldsForm.LIST_KEY, spec.reference().getName());
		actions = new ListActions(context, owner, spec, this);
		actions.createButtons(control);
		spot = new ProblemMarkers.FieldSpot(owner, spec.reference(), viewer.getTable(), new FieldMessage(control));
		context.markers.field(spot);
		createColumns(layout);
		bindContent();
		selectFirst();
		viewer.addSelectionChangedListener(e -> {
			if (!following) {
				showDetails();
			}
		});
		actions.bindKeys(viewer.getTable());
		context.markers.listen(this);
		context.markers.table(this);
		if (selected() == null) {
			// Not laid out here: the form this list is part of is laid out once it is complete.
			showDetails(false);
		} else {
			// The first item's details in a task of their own: the list shows a moment sooner, and no one task is long.
			later(this::showDetails);
		}
	}

	Control control() {
		return control;
	}

	TableViewer viewer() {
		return viewer;
	}

	boolean isSorted() {
		return sortDirection != SWT.NONE;
	}

	private DetailForm detailsOf(ListSpec list) {
		return list.details() != null ? list.details() : new AllProperties(context.adapterFactory);
	}

	/**
	 * For a list in an item's form that is to show another item: the same list of it, with its first item's details
	 * (in the form kept for them when there is one).
	 */
	@Override
	public Runnable rebinder(FormStep step, EObject next) {
		if (!(step instanceof FormStep.Table asked) || !sameList(asked.list())) {
			return null;
		}
		return () -> {
			detailForm = detailsOf(asked.list());
			follow(asked.list().owner() != null ? asked.list().owner() : next);
		};
	}

	@Override
	public void putAside() {
		follow(null);
	}

	/** Shows the list of {@code next}, with its first item's details; or nothing for null. */
	private void follow(EObject next) {
		following = true;
		try {
			owner.setValue(next);
		} finally {
			following = false;
		}
		List<EObject> rows = rows();
		viewer.setSelection(rows.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(rows.get(0)), true);
		showDetails();
		context.markers.show(spot);
	}

	private boolean sameList(ListSpec list) {
		return list.reference() == spec.reference() && list.only() == spec.only() && list.columns().equals(spec.columns())
				&& list.hasKindColumn() == spec.hasKindColumn() && Objects.equals(list.help(), spec.help()) && list.owner() == spec.owner();
	}

	@Override
	public boolean isDisposed() {
		return control.isDisposed();
	}

	@Override
	public void problemsChanged() {
		if (!viewer.getTable().isDisposed()) {
			// Only the rows' icons change: the rows in sight ask for their labels again, in the order they have.
			viewer.getTable().clearAll();
		}
	}

	/** The row that is {@code target} or holds it, if this list shows one. */
	EObject rowOf(EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o.eContainer() == owner.getValue() && owner.getValue() != null && o.eContainingFeature() == spec.reference() && isShown(o)) {
				return o;
			}
		}
		return null;
	}

	/** Whether the list shows this item of its reference: all of them, or those of the one class it is given to. */
	private boolean isShown(Object item) {
		return spec.only() == null || spec.only().isInstance(item);
	}

	/** Whether the list shows only items of {@code target}'s class: the best place to reveal it. */
	boolean isDedicatedTo(EObject target) {
		return spec.only() != null && spec.only().isInstance(target);
	}

	/** Selects {@code row} and lays its form out at once, so that a field in it can be scrolled to and focused. */
	void select(EObject row) {
		viewer.setSelection(new StructuredSelection(row), true);
		showDetails();
		Reflow.of(details);
	}

	/**
	 * Selects a new {@code row} and focuses the first field of its form. Each step is a task of its own, so that
	 * adding an item to a long list is not one long wait: the list shows the new row, then the row is selected and
	 * its form built, then the form is laid out, then its field focused.
	 */
	void selectNew(EObject row) {
		later(() -> {
			// Unless it was undone meanwhile.
			if (rowOf(row) == row) {
				viewer.setSelection(new StructuredSelection(row), true);
				showDetails();
				later(() -> {
					if (selected() == row) {
						focusDetails();
					}
				});
			}
		});
	}

	/** Runs {@code step} once the UI thread has done what it is doing, unless this list is gone by then. */
	private void later(Runnable step) {
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				step.run();
			}
		});
	}

	EObject selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof EObject object ? object : null;
	}

	/** The items in the order shown; from the model, since a virtual table only knows the rows it has shown. */
	List<EObject> rows() {
		List<EObject> rows = new ArrayList<>();
		if (owner.getValue() == null) {
			return rows;
		}
		for (Object item : (List<?>) owner.getValue().eGet(spec.reference())) {
			if (isShown(item)) {
				rows.add((EObject) item);
			}
		}
		ViewerComparator comparator = viewer.getComparator();
		if (comparator == null) {
			return rows;
		}
		Object[] sorted = rows.toArray();
		comparator.sort(viewer, sorted);
		return Arrays.stream(sorted).map(EObject.class::cast).toList();
	}

	/** Focuses the first field of the selected item's form. */
	private void focusDetails() {
		Control first = firstField(details);
		if (first != null) {
			first.setFocus();
		}
	}

	private static Control firstField(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child.getData(FieldsForm.FIELD_KEY) != null && child.isVisible()) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = firstField(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void createColumns(TableColumnLayout layout) {
		features.addAll(spec.columns());
		if (spec.hasKindColumn()) {
			features.add(Math.min(1, features.size()), null);
		}
		EObject prototype = actions.prototype();
		if (features.isEmpty()) {
			features.add(null);
		}
		for (EStructuralFeature feature : features) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(prototype == null ? "" : columns.header(prototype, feature));
			column.getColumn().setMoveable(false);
			boolean first = feature == features.get(0);
			layout.setColumnData(column.getColumn(), new ColumnWeightData(first ? 4 : 2, 50, true));
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return columns.text((EObject) element, feature);
				}

				@Override
				public Image getImage(Object element) {
					return first ? context.markers.worstWithin((EObject) element).map(MessageLine::image).orElse(null) : null;
				}
			});
			column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), feature));
		}
	}

	private void sortBy(TableColumn column, EStructuralFeature feature) {
		if (sortedBy != feature) {
			sortedBy = feature;
			sortDirection = SWT.UP;
		} else {
			sortDirection = sortDirection == SWT.UP ? SWT.DOWN : SWT.NONE;
		}
		viewer.getTable().setSortColumn(sortDirection == SWT.NONE ? null : column);
		viewer.getTable().setSortDirection(sortDirection);
		viewer.setComparator(sortDirection == SWT.NONE ? null : new ViewerComparator() {
			private final TextKeys textKeys = new TextKeys();

			@Override
			public void sort(Viewer v, Object[] elements) {
				try {
					super.sort(v, elements);
				} finally {
					textKeys.sortDone();
				}
			}

			@Override
			public int compare(Viewer v, Object a, Object b) {
				int order = columns.compare((EObject) a, (EObject) b, sortedBy, textKeys);
				return sortDirection == SWT.UP ? order : -order;
			}
		});
		actions.updateEnablement();
	}

	@SuppressWarnings("unchecked")
	private void bindContent() {
		// Not JFace's observable list content provider: a virtual table cannot insert a row into a sorted order
		// (the rows not yet shown have no element to compare with), so any change refreshes the rows in sight.
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		if (spec.only() != null) {
			viewer.setFilters(new ViewerFilter() {
				@Override
				public boolean select(Viewer v, Object parent, Object element) {
					return isShown(element);
				}
			});
		}
		IObservableList<Object> items = EMFEditProperties.list(context.domain, spec.reference()).observeDetail(owner);
		viewer.setInput(items);
		items.addListChangeListener(e -> {
			if (!viewer.getTable().isDisposed()) {
				viewer.refresh();
			}
			if (!following && detailed != null && detailed.eContainer() != owner.getValue()) {
				showDetails();
			}
		});
		INotifyChangedListener labels = notification -> {
			if (notification instanceof Notification n && n.getNotifier() instanceof EObject changed && !viewer.getTable().isDisposed()) {
				EObject row = rowOf(changed);
				if (row != null) {
					viewer.update(row, null);
				}
			}
		};
		if (context.adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(labels);
			control.addDisposeListener(e -> notifier.removeListener(labels));
		}
		control.addDisposeListener(e -> {
			items.dispose();
			owner.dispose();
		});
	}

	/**
	 * A list opens with its first item's details: GTK selects the first row anyway when the list
	 * takes the focus, and the details would be built a second time then.
	 */
	private void selectFirst() {
		rows().stream().findFirst().ifPresent(first -> viewer.setSelection(new StructuredSelection(first)));
	}

	private void showDetails() {
		showDetails(true);
	}

	private void showDetails(boolean layOut) {
		EObject selected = selected();
		actions.updateEnablement();
		if (area.isDisposed() || (selected == detailed && selected != null && area.hasFormFor(selected))) {
			return;
		}
		area.show(selected, detailForm, viewer.getTable().getItemCount() == 0);
		detailed = selected;
		// Another item's form starts at its top, with its name and checks in sight.
		Reflow.toTop(details);
		if (layOut) {
			// Soon rather than now: the messages shown for the item ask for a layout too, and one layout serves them all.
			Reflow.soon(details);
		}
	}
}
