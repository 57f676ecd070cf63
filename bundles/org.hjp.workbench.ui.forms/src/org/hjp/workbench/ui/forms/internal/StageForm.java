package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;
import org.hjp.workbench.ui.forms.Pages;

/** A stage editor built from a {@link org.hjp.workbench.ui.forms.StagePage}: one tab per declared page. */
public final class StageForm implements Pages {

	/** The widget data key under which each tab's control carries the tab's title. */
	public static final String PAGE_KEY = "hjp.page";

	private final FormContext context;
	private final EObject root;
	private final Partnership partnership;
	private final CTabFolder folder;
	/** The list pages not built yet, by their tab. */
	private final Map<CTabItem, Runnable> unbuilt = new LinkedHashMap<>();

	public StageForm(Composite parent, EditingDomain domain, AdapterFactory adapterFactory, EObject root, Partnership partnership) {
		this.context = new FormContext(parent.getDisplay(), domain, adapterFactory);
		this.root = root;
		this.partnership = partnership;
		folder = new CTabFolder(parent, SWT.TOP | SWT.FLAT | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
		folder.addListener(SWT.Selection, e -> build(folder.getSelection()));
	}

	public Control control() {
		return folder;
	}

	@Override
	public EObject root() {
		return root;
	}

	@Override
	public Partnership partnership() {
		return partnership;
	}

	@Override
	public Fields page(String title) {
		ScrolledComposite scroller = Reflow.scroller(folder);
		Composite content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(12, 10).applyTo(content);
		FieldsForm fields = new FieldsForm(content, context, root);
		scroller.setContent(content);
		tab(title, scroller);
		return fields;
	}

	/**
	 * A list page is built when its tab is first shown (or something on it is to be revealed): a stage opens with
	 * the widgets of its first page only.
	 */
	@Override
	public void page(String title, ListSpec list) {
		Composite holder = new Composite(folder, SWT.NONE);
		holder.setLayout(new FillLayout());
		CTabItem item = tab(title, holder);
		if (folder.getSelection() == item) {
			listPage(holder, list);
		} else {
			unbuilt.put(item, () -> listPage(holder, list));
		}
	}

	private void listPage(Composite holder, ListSpec list) {
		SashForm sash = new SashForm(holder, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(left);
		ScrolledComposite scroller = Reflow.scroller(sash);
		Composite details = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(12, 10).applyTo(details);
		scroller.setContent(details);
		EObject owner = list.owner() != null ? list.owner() : root;
		ListTable table = new ListTable(left, context, new WritableValue<>(context.realm, owner, EObject.class), list, details, true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		sash.setWeights(list.listShare(), 100 - list.listShare());
	}

	private CTabItem tab(String title, Control content) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		item.setControl(content);
		content.setData(PAGE_KEY, title);
		if (folder.getSelectionIndex() < 0) {
			folder.setSelection(item);
		}
		return item;
	}

	private void build(CTabItem item) {
		Runnable build = unbuilt.remove(item);
		if (build != null) {
			build.run();
			// The first page is laid out with the editor around it; one built later is laid out when it is built.
			((Composite) item.getControl()).layout(true, true);
		}
	}

	/** Builds the pages not shown yet. */
	private void buildAll() {
		new ArrayList<>(unbuilt.keySet()).forEach(this::build);
	}

	public void showProblems(List<Problem> problems) {
		context.markers.show(problems);
	}

	/**
	 * Shows {@code target}: selects the rows that lead to it, list by list, then focuses the field of
	 * {@code feature} (or the list it is in). Prefers a list given to the target's kind, then the visible tab.
	 */
	public boolean reveal(EObject target, EStructuralFeature feature) {
		// The best list to show the target in may be on a page not built yet.
		buildAll();
		Set<ListTable> opened = new HashSet<>();
		while (true) {
			Optional<Control> field = context.markers.field(target, feature);
			if (field.isPresent()) {
				Reflow.reveal(field.get());
				return true;
			}
			ListTable table = context.markers.tables().stream().filter(t -> !opened.contains(t) && t.rowOf(target) != null)
					.min(Comparator.comparing((ListTable t) -> !t.isDedicatedTo(target)).thenComparing(t -> !isOnSelectedTab(t.control())))
					.orElse(null);
			if (table == null) {
				return false;
			}
			opened.add(table);
			EObject row = table.rowOf(target);
			table.select(row);
			if (row == target && context.markers.field(target, feature).isEmpty()) {
				Reflow.reveal(table.viewer().getTable());
				return true;
			}
		}
	}

	private boolean isOnSelectedTab(Control control) {
		CTabItem selected = folder.getSelection();
		return selected != null && Reflow.isInside(control, selected.getControl());
	}

	public void setFocus() {
		CTabItem selected = folder.getSelection();
		if (selected != null && selected.getControl() != null) {
			selected.getControl().setFocus();
		} else {
			folder.setFocus();
		}
	}
}
