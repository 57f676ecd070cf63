package org.hjp.workbench.ui.parts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.ui.session.StageEditors;

/**
 * Two lines per stage: a link to it, how complete it is and its open warnings; under them, the next thing it asks
 * for, with the page's width to itself so that it reads as a sentence on a narrow screen too.
 */
final class StagesAtAGlance {

	/** The widget data key under which each stage's completeness label carries the stage's id, for tests. */
	static final String COMPLETENESS_KEY = "hjp.completeness";

	private StagesAtAGlance() {
	}

	static void fill(Composite parent, Partnership partnership, List<StageDescriptor> stages, List<Problem> problems, StageEditors editors) {
		Composite table = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(16, 2).applyTo(table);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(table);
		Map<String, Long> warnings = warningsByStage(problems, editors);
		for (StageDescriptor stage : stages) {
			Link link = new Link(table, SWT.NONE);
			link.setText("<a>" + stage.label().replace("&", "&&") + "</a>");
			link.addListener(SWT.Selection, e -> editors.open(stage));
			StageStanding standing = StageStanding.of(stage, partnership);
			Completeness completeness = standing.completeness();
			ProgressBar bar = new ProgressBar(table, SWT.HORIZONTAL);
			bar.setMaximum(100);
			bar.setSelection(completeness.percent());
			bar.setVisible(completeness.isKnown());
			GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(bar);
			Label done = new Label(table, SWT.NONE);
			done.setData(COMPLETENESS_KEY, stage.id());
			done.setText(standing.checklist() + (standing.markedDone() ? (standing.checklist().isEmpty() ? "" : "; ") + "marked done for now" : ""));
			long n = warnings.getOrDefault(stage.id(), 0L);
			Label count = new Label(table, SWT.NONE);
			count.setText(n == 0 ? "no warnings" : n == 1 ? "1 warning" : n + " warnings");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
			Label next = new Label(table, SWT.WRAP);
			GridDataFactory.fillDefaults().span(4, 1).grab(true, false).indent(16, 0).hint(ComingUp.WRAP_HINT, SWT.DEFAULT).applyTo(next);
			next.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			next.setText(completeness.missing().isEmpty() ? "" : ("Next: " + completeness.missing().get(0)).replace("&", "&&"));
		}
	}

	/** The warnings and errors of each stage, by the stage's id: one pass over the problems, however many there are. */
	private static Map<String, Long> warningsByStage(List<Problem> problems, StageEditors editors) {
		Map<String, Long> counts = new HashMap<>();
		for (Problem problem : problems) {
			if (problem.severity() != Problem.Severity.INFO) {
				editors.stageOf(problem.target()).ifPresent(stage -> counts.merge(stage.id(), 1L, Long::sum));
			}
		}
		return counts;
	}
}
