package org.hjp.workbench.ui.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.LiveValidation;
import org.hjp.workbench.ui.session.Problems;
import org.hjp.workbench.ui.session.SessionTopics;
import org.hjp.workbench.ui.session.StageEditors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** What the checks found in the open partnership; double-click or Enter goes to the item to fix. */
public class ProblemsPart {

	public static final String TABLE_KEY = "hjp.problems";

	@Inject
	private LiveValidation validation;

	@Inject
	private StageEditors editors;

	@Inject
	private CurrentPartnership current;

	private TableViewer viewer;
	private Label summary;
	/** The whole message of the selected problem, which the table may cut short. */
	private Text detail;

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		// The counts, then the whole message of the selected problem, on one line above the list: on a laptop's screen
		// the view is short, and every line given to the list is one more problem in sight.
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(10, 0).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		summary = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(summary);
		Label between = new Label(top, SWT.SEPARATOR | SWT.VERTICAL);
		GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 16).align(SWT.CENTER, SWT.CENTER).applyTo(between);
		// One line whatever is selected, so that the list keeps its height; Tab reaches it and the arrow keys read all of it.
		detail = new Text(top, SWT.READ_ONLY | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(detail);
		// Virtual: a big partnership can have thousands of problems, and only the rows in sight need their labels.
		viewer = new TableColumns<>(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL, Problem.class)
				.add("", new ColumnPixelData(30, false), p -> "", this::icon)
				.add("Problem", new ColumnWeightData(62, 200), Problem::message)
				.add("Stage", new ColumnWeightData(20, 100), p -> editors.stageOf(p.target()).map(StageDescriptor::label).orElse(""))
				.add("Item", new ColumnWeightData(18, 80), this::itemLabel)
				.viewer();
		viewer.getTable().setData(TABLE_KEY, Boolean.TRUE);
		viewer.getTable().setLinesVisible(true);
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			detail.setText(first instanceof Problem problem ? problem.message() : "");
		});
		RowTooltips.show(viewer.getTable(), row -> row instanceof Problem problem ? problem.message() : null);
		viewer.addOpenListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Problem problem && problem.target() != null) {
				editors.reveal(problem.target(), problem.feature());
			}
		});
		show(validation.problems());
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onProblems(@UIEventTopic(SessionTopics.PROBLEMS) Problems problems) {
		if (viewer != null) {
			show(problems.all());
		}
	}

	private Image icon(Problem problem) {
		String key = switch (problem.severity()) {
			case ERROR -> Dialog.DLG_IMG_MESSAGE_ERROR;
			case WARNING -> Dialog.DLG_IMG_MESSAGE_WARNING;
			case INFO -> Dialog.DLG_IMG_MESSAGE_INFO;
		};
		return JFaceResources.getImage(key);
	}

	private String itemLabel(Problem problem) {
		EObject target = problem.target();
		return current.document().map(d -> ItemProviderLabelProvider.textOf(d.editingDomain().getAdapterFactory(), target)).orElse("");
	}

	private void show(List<Problem> problems) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(problems);
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		long notes = problems.size() - errors - warnings;
		summary.setText(problems.isEmpty() ? "No problems found."
				: count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note"));
		summary.requestLayout();
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
