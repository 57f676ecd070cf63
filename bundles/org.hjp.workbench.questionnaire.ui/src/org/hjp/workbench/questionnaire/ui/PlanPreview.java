package org.hjp.workbench.questionnaire.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.questionnaire.AnswerChange;
import org.hjp.workbench.questionnaire.FileChanges;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;

/**
 * What an import will do, as a tree: each file, each respondent it holds in a sentence, and under a respondent the
 * answers added or changed; or, when the import is refused, the reasons in red, as wrapped text that is read whole.
 */
final class PlanPreview {

	/** Widget data keys of the tree and of the reasons for a refusal, for tests. */
	static final String KEY = "hjp.answers.preview";
	static final String REFUSALS_KEY = "hjp.answers.refusals";

	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Tree tree;
	private final Text refusals;

	PlanPreview(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		tree = new Tree(stack, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setData(KEY, Boolean.TRUE);
		// A line with a statement's text is often wider than the tree: the pointer shows it whole.
		tree.addListener(SWT.MouseHover, e -> {
			TreeItem item = tree.getItem(new Point(e.x, e.y));
			tree.setToolTipText(item == null ? null : item.getText());
		});
		refusals = new Text(stack, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		refusals.setData(REFUSALS_KEY, Boolean.TRUE);
		refusals.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		showTop(tree);
	}

	/** The control that takes the keyboard focus from the label above it. */
	Composite control() {
		return stack;
	}

	void clear() {
		tree.removeAll();
		refusals.setText("");
		showTop(tree);
	}

	void show(ImportPlan plan, AssessmentRound round) {
		if (plan.refused()) {
			refusals.setText(String.join("\n\n", plan.refusals()));
			showTop(refusals);
			return;
		}
		showTop(tree);
		tree.setRedraw(false);
		try {
			tree.removeAll();
			Map<String, String> statements = statements(round);
			for (FileChanges file : plan.files()) {
				TreeItem fileItem = new TreeItem(tree, SWT.NONE);
				fileItem.setText(fileLine(file));
				for (RespondentChange change : file.respondents()) {
					TreeItem respondent = new TreeItem(fileItem, SWT.NONE);
					respondent.setText(change.describe());
					for (AnswerChange answer : change.changes()) {
						new TreeItem(respondent, SWT.NONE).setText(answerLine(answer, statements));
					}
				}
				fileItem.setExpanded(true);
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	private void showTop(Control top) {
		layout.topControl = top;
		stack.layout();
	}

	/** Every line the plan shows, in order: two plans with the same lines do the same. */
	static List<String> lines(ImportPlan plan, AssessmentRound round) {
		List<String> lines = new ArrayList<>(plan.refusals());
		Map<String, String> statements = statements(round);
		for (FileChanges file : plan.files()) {
			lines.add(fileLine(file));
			for (RespondentChange change : file.respondents()) {
				lines.add(change.describe());
				change.changes().forEach(answer -> lines.add(answerLine(answer, statements)));
			}
		}
		return lines;
	}

	private static String fileLine(FileChanges file) {
		int count = file.respondents().size();
		return file.file().getFileName() + ": " + (count == 0 ? "no answers" : count == 1 ? "1 respondent" : count + " respondents");
	}

	private static String answerLine(AnswerChange answer, Map<String, String> statements) {
		String change = answer.before() == null ? answer.after() : answer.before() + " \u2192 " + answer.after();
		String text = statements.get(answer.statement());
		return answer.statement() + ": " + change + (text == null ? "" : "  \u2014 " + text);
	}

	private static Map<String, String> statements(AssessmentRound round) {
		Map<String, String> texts = new HashMap<>();
		if (round.getInstrument() != null) {
			for (Domain domain : round.getInstrument().getDomains()) {
				for (Item item : domain.getItems()) {
					texts.put(item.getId(), item.getText());
				}
			}
		}
		return texts;
	}
}
