package org.hjp.workbench.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.model.StageStatus;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.SessionTopics;
import org.hjp.workbench.ui.session.StageEditors;
import org.osgi.service.event.Event;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Building Blocks stages in the user's order, with where each stands: its checklist, or the user's own mark that it
 * is done for now (the check box under the list, or the context menu). Enter or double-click opens a stage; Alt+Up and
 * Alt+Down (or the buttons) change the order, which is remembered.
 */
public class StageNavigatorPart {

	public static final String TABLE_KEY = "hjp.stages";
	private static final int REFRESH_DELAY_MS = 300;

	@Inject
	@Service
	private StageRegistry registry;

	@Inject
	private CurrentPartnership current;

	@Inject
	private StageEditors editors;

	private TableViewer viewer;
	private Button doneForNow;
	/** Where each stage stands, by its id, as of the last refresh. */
	private Map<String, StageStanding> standings = Map.of();
	private boolean refreshPending;

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		viewer = new TableColumns<>(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION, StageDescriptor.class)
				.add("Stage", new ColumnWeightData(76, 110), StageDescriptor::label)
				.add("Progress", new ColumnWeightData(24, 76), this::progress)
				.viewer();
		viewer.getTable().setData(TABLE_KEY, Boolean.TRUE);
		// The Building Blocks' names are long for a narrow view: they wrap rather than lose their ends.
		WrappedColumn.install(viewer.getTable(), 0);
		RowTooltips.show(viewer.getTable(), stage -> tooltip((StageDescriptor) stage));
		doneForNow = new Button(parent, SWT.CHECK);
		// Alt+W: Alt+F is the File menu.
		doneForNow.setText("Done for no&w");
		doneForNow.setToolTipText("Your own mark that the selected stage needs no more work for now, whatever its checklist says.");
		doneForNow.addListener(SWT.Selection, e -> selected().ifPresent(stage -> markDone(stage, doneForNow.getSelection())));
		viewer.addSelectionChangedListener(e -> updateDoneForNow());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		button(buttons, "&Open", () -> selected().ifPresent(editors::open));
		button(buttons, "Move &up", () -> move(-1));
		button(buttons, "Move &down", () -> move(1));
		viewer.addDoubleClickListener(e -> selected().ifPresent(editors::open));
		viewer.getTable().addKeyListener(KeyListener.keyPressedAdapter(e -> {
			if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				selected().ifPresent(editors::open);
			} else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
				move(e.keyCode == SWT.ARROW_UP ? -1 : 1);
				e.doit = false;
			}
		}));
		createProgressMenu();
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onStagesChanged(@UIEventTopic(StageRegistry.TOPIC_CHANGED) Event event) {
		refreshLater();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onDocument(@UIEventTopic(SessionTopics.DOCUMENT_ALL) Event event) {
		refreshLater();
	}

	/** A context menu to open the selected stage or mark it done for now. */
	private void createProgressMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			Optional<StageDescriptor> stage = selected();
			if (stage.isEmpty() || current.document().isEmpty()) {
				return;
			}
			m.add(new Action("&Open") {
				@Override
				public void run() {
					editors.open(stage.get());
				}
			});
			m.add(new Separator());
			Action done = new Action(StageStanding.DONE_FOR_NOW, IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					markDone(stage.get(), isChecked());
				}
			};
			done.setChecked(isMarkedDone(stage.get()));
			m.add(done);
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	/** Marks {@code stage} done for now, or takes the mark away, as one undoable command. */
	private void markDone(StageDescriptor stage, boolean done) {
		current.document().ifPresent(document -> {
			Command command = StageProgressCommands.mark(document, stage.id(), done ? StageStatus.DONE : StageStatus.NOT_STARTED);
			if (command.canExecute()) {
				document.commandStack().execute(command);
			}
		});
		updateDoneForNow();
	}

	private boolean isMarkedDone(StageDescriptor stage) {
		return current.document().map(d -> StageStanding.isMarkedDone(stage, d.partnership())).orElse(false);
	}

	private void updateDoneForNow() {
		Optional<StageDescriptor> stage = selected();
		doneForNow.setEnabled(stage.isPresent() && current.document().map(d -> !d.isReadOnly()).orElse(false));
		doneForNow.setSelection(stage.map(this::isMarkedDone).orElse(false));
	}

	private String tooltip(StageDescriptor stage) {
		StageStanding standing = standings.get(stage.id());
		return stage.label() + (standing == null ? "" : "\n" + standing.sentence());
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private String progress(StageDescriptor stage) {
		StageStanding standing = standings.get(stage.id());
		return standing == null ? "" : standing.brief();
	}

	private void move(int delta) {
		Optional<StageDescriptor> stage = selected();
		if (stage.isEmpty()) {
			return;
		}
		List<String> order = new ArrayList<>(registry.stages().stream().map(StageDescriptor::id).toList());
		int from = order.indexOf(stage.get().id());
		int to = from + delta;
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.add(to, order.remove(from));
		try {
			registry.setUserOrder(order);
		} catch (BackingStoreException e) {
			ILog.of(getClass()).error("Could not store the stage order", e);
			MessageDialog.openError(viewer.getControl().getShell(), "Could not keep the new order",
					"The new order of stages could not be stored, so it will be lost when the workbench closes.");
		}
		refresh();
		viewer.setSelection(new StructuredSelection(stage.get()), true);
	}

	private Optional<StageDescriptor> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return Optional.ofNullable((StageDescriptor) first);
	}

	/**
	 * Once for all the changes made in a moment: a stage's checklist goes through the whole partnership, which on a big
	 * one is work the user's typing should not wait for.
	 */
	private void refreshLater() {
		if (viewer != null && !viewer.getControl().isDisposed() && !refreshPending) {
			refreshPending = true;
			viewer.getControl().getDisplay().timerExec(REFRESH_DELAY_MS, this::refresh);
		}
	}

	private void refresh() {
		refreshPending = false;
		if (!viewer.getControl().isDisposed()) {
			// Worked out once per refresh, not each time a row is painted.
			standings = current.document().map(d -> registry.stages().stream()
					.collect(Collectors.toMap(StageDescriptor::id, stage -> StageStanding.of(stage, d.partnership()), (a, b) -> a))).orElse(Map.of());
			Object selection = selected().orElse(null);
			viewer.setInput(registry.stages());
			if (selection != null) {
				viewer.setSelection(new StructuredSelection(selection));
			}
			updateDoneForNow();
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
