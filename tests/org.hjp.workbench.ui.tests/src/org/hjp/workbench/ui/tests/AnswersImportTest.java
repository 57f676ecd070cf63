package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.questionnaire.ui.AnswersImportDialog;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Answers, as a user: a CSV file of answers for the sample's newest round is previewed respondent by
 * respondent, imported as one step that the document marks unsaved and one Undo takes back; a file naming a statement
 * the round does not have is refused with its file and row, and nothing can be imported.
 */
class AnswersImportTest extends WorkbenchTest {

	private static final String LEGAL = "Riverbend Community Legal Centre";
	private static final String HEALTH = "Riverbend Regional Hospital";

	@TempDir
	Path folder;

	@Test
	void aCsvFileAddsARespondentAndChangesAnAnswerInOneStepThatUndoTakesBack() throws Exception {
		openCopyOfSample(folder, "answers.hjp");
		resizeWindow(1024, 700);
		AssessmentRound round = newestRound();
		Respondent amara = driver.onUi(() -> round.getRespondents().get(0));
		assertEquals("Amara Okafor", driver.onUi(() -> amara.getPerson().getName()));
		int before = driver.onUi(() -> answer(amara, "purpose-1").getValue());
		int after = before == 1 ? 2 : 1;
		int same = driver.onUi(() -> answer(amara, "purpose-2").getValue());
		Path csv = Files.writeString(folder.resolve("answers.csv"), "respondent,partner,purpose-1,purpose-2\n"
				+ "Amara Okafor," + LEGAL + "," + after + "," + same + "\n"
				+ "Respondent B," + HEALTH + ",5,D\n");

		assertEquals("org.hjp.workbench.questionnaire.ui.menuitem.importAnswers", driver.onUi(() -> {
			List<String> items = workbench.window().getMainMenu().getChildren().stream().filter(m -> "org.hjp.workbench.ui.menu.file".equals(m.getElementId()))
					.map(MMenu.class::cast).findFirst().orElseThrow().getChildren().stream().map(MMenuElement::getElementId).toList();
			return items.get(items.indexOf("org.hjp.workbench.ui.menuitem.import") + 1);
		}), "Import Answers comes right after Import in the File menu");
		Shell dialog = openImportAnswers();
		Combo rounds = driver.find(Combo.class, c -> c.getShell() == dialog && c.getData(AnswersImportDialog.ROUND_KEY) != null, "the choice of round");
		assertEquals(List.of("Partnership checklist, one year on (19 August 2026)", "Partnership checklist, first year (20 August 2025)"),
				driver.onUi(() -> Arrays.asList(rounds.getItems())), "the rounds, newest first");
		assertEquals(0, (int) driver.onUi(rounds::getSelectionIndex), "the newest round is chosen");
		assertFalse(importButton(dialog), "nothing to import before a file is added");

		addFiles(dialog, csv);
		Tree preview = driver.find(Tree.class, t -> t.getShell() == dialog && t.getData(AnswersImportDialog.PREVIEW_KEY) != null, "the preview");
		driver.waitUntil(() -> driver.onUi(preview::getItemCount) == 1, "the preview of the file");
		assertEquals(List.of("answers.csv: 2 respondents",
				"  Amara Okafor (" + LEGAL + "): 1 answer added or changed, 1 the same.",
				"    purpose-1: " + before + " (" + label(before) + ") \u2192 " + after + " (" + label(after) + ")",
				"  New respondent Respondent B (" + HEALTH + "): 2 answers.",
				"    purpose-1: 5 (Strongly agree)",
				"    purpose-2: Don't know"),
				driver.onUi(() -> lines(preview.getItems(), "").stream().map(l -> l.replaceFirst("  \u2014 .*", "")).toList()));
		assertEquals("Nothing changes until you choose Import. Edit > Undo takes the whole import back.", driver.onUi(() -> dialogOf(dialog).getMessage()));
		assertTrue(importButton(dialog), "Import is offered");
		driver.runOnUi(() -> preview.getItem(0).getItem(0).setExpanded(true));
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/answers-import/1-preview.png"));

		clickButton(dialog, "Import");
		Shell done = dialog("Answers imported");
		assertEquals("Imported into \u201cPartnership checklist, one year on\u201d: 1 new respondent with their answers, and answers added or changed for 1 respondent.\n\n"
				+ "Edit > Undo takes the whole import back. Save the partnership to keep it.",
				driver.onUi(() -> findIn(done, Label.class, l -> l.getText().startsWith("Imported into")).getText()));
		driver.screenshot(Path.of("target/screenshots/answers-import/2-imported.png"));
		clickButton(done, "OK");
		driver.waitUntil(() -> driver.onUi(done::isDisposed) && driver.onUi(dialog::isDisposed), "both dialogs to close");

		assertEquals(5, (int) driver.onUi(() -> round.getRespondents().size()));
		Respondent added = driver.onUi(() -> round.getRespondents().get(4));
		assertEquals("Respondent B", driver.onUi(added::getLabel));
		assertEquals(HEALTH, driver.onUi(() -> added.getOrganisation().getName()));
		assertEquals(2, (int) driver.onUi(() -> added.getAnswers().size()));
		assertEquals(after, (int) driver.onUi(() -> answer(amara, "purpose-1").getValue()));
		assertTrue(document().isDirty(), "the import is an unsaved change");
		assertEquals("Import answers", driver.onUi(() -> document().commandStack().getUndoCommand().getLabel()));

		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> driver.onUi(() -> round.getRespondents().size()) == 4, "one undo to take the new respondent back");
		assertEquals(before, (int) driver.onUi(() -> answer(amara, "purpose-1").getValue()), "and the changed answer");
		assertFalse(document().isDirty(), "the partnership is as it was saved");
	}

	@Test
	void anUnknownStatementIsRefusedWithItsFileAndRowAndNothingCanBeImported() throws Exception {
		openCopyOfSample(folder, "refused.hjp");
		resizeWindow(1024, 700);
		Path csv = Files.writeString(folder.resolve("typo.csv"), "respondent,partner,statement,value\n"
				+ "Amara Okafor," + LEGAL + ",purpose-1,4\n"
				+ "Amara Okafor," + LEGAL + ",purpose-99,4\n");
		Shell dialog = openImportAnswers();
		addFiles(dialog, csv);
		String refusal = "Row 3 of typo.csv: \u201cpurpose-99\u201d is not a statement of this round's instrument.";
		Text reasons = driver.find(Text.class, t -> t.getShell() == dialog && t.getData(AnswersImportDialog.REFUSALS_KEY) != null && t.isVisible(),
				"the reasons the import is refused");
		assertEquals(refusal, driver.text(reasons));
		assertEquals(refusal, driver.onUi(() -> dialogOf(dialog).getErrorMessage()));
		assertFalse(importButton(dialog), "Import is not offered");
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/answers-import/3-refused.png"));
		clickButton(dialog, "Cancel");
		driver.waitUntil(() -> driver.onUi(dialog::isDisposed), "the dialog to close");
		assertFalse(document().isDirty(), "nothing was imported");
	}

	@Test
	void aFileChangedAfterItWasReadIsShownAgainBeforeAnythingIsImported() throws Exception {
		openCopyOfSample(folder, "changed.hjp");
		AssessmentRound round = newestRound();
		Path csv = Files.writeString(folder.resolve("late.csv"), "respondent,partner,purpose-1\nRespondent C," + HEALTH + ",4\n");
		Shell dialog = openImportAnswers();
		addFiles(dialog, csv);
		driver.waitUntil(() -> importButton(dialog), "Import to be offered");
		Files.writeString(csv, "respondent,partner,purpose-1\nRespondent C," + HEALTH + ",4\nRespondent D," + HEALTH + ",3\n");
		clickButton(dialog, "Import");
		driver.waitUntil(() -> driver.onUi(() -> dialogOf(dialog).getErrorMessage()) != null, "the dialog to say the file changed");
		assertEquals("The files changed since they were read. Check what the import will do now, then choose Import again.",
				driver.onUi(() -> dialogOf(dialog).getErrorMessage()));
		assertEquals(4, (int) driver.onUi(() -> round.getRespondents().size()), "nothing imported from a file the user has not seen");
		Tree preview = driver.find(Tree.class, t -> t.getShell() == dialog && t.getData(AnswersImportDialog.PREVIEW_KEY) != null, "the preview");
		assertEquals("late.csv: 2 respondents", driver.onUi(() -> preview.getItem(0).getText()));
		clickButton(dialog, "Import");
		clickButton(dialog("Answers imported"), "OK");
		driver.waitUntil(() -> driver.onUi(() -> round.getRespondents().size()) == 6, "both respondents imported");
	}

	@Test
	void aPartnershipWithoutARoundIsToldWhereToStartOne() {
		resizeWindow(1024, 700);
		driver.runOnUi(() -> workbench.context().get(CurrentPartnership.class).set(NewPartnership.create("No rounds yet", LEGAL, HEALTH)));
		driver.waitUntil(() -> document() != null && "No rounds yet".equals(driver.onUi(() -> document().partnership().getName())), "the new partnership");
		Shell dialog = openImportAnswers();
		assertEquals("This partnership has no assessment round with an instrument yet. Start an assessment round in Learning and evolving > Assessments first.",
				driver.onUi(() -> dialogOf(dialog).getMessage()));
		assertFalse(driver.onUi(() -> findIn(dialog, Button.class, b -> b.getText().equals("&Add Files...")).isEnabled()), "no files can be added");
		assertFalse(importButton(dialog));
		driver.screenshot(Path.of("target/screenshots/answers-import/4-no-round.png"));
		clickButton(dialog, "Cancel");
	}

	/** Opens File > Import Answers from the keyboard, as a user would. */
	private Shell openImportAnswers() {
		driver.press(SWT.ALT, 'f');
		driver.press(0, 'w');
		return dialog("Import Answers");
	}

	/** Adds files as Add Files... does once the user has chosen them: the native file dialog cannot be driven. */
	private void addFiles(Shell dialog, Path... files) {
		driver.runOnUi(() -> dialog.getDisplay().asyncExec(() -> dialogOf(dialog).addFiles(List.of(files))));
	}

	private static AnswersImportDialog dialogOf(Shell dialog) {
		return (AnswersImportDialog) dialog.getData();
	}

	private boolean importButton(Shell dialog) {
		return driver.onUi(() -> findIn(dialog, Button.class, b -> b.getText().equals("&Import")).isEnabled());
	}

	private AssessmentRound newestRound() {
		return driver.onUi(() -> document().partnership().getExtensions().stream().filter(LearningPlan.class::isInstance).map(LearningPlan.class::cast)
				.flatMap(p -> p.getAssessmentRounds().stream()).filter(r -> "Partnership checklist, one year on".equals(r.getTitle())).findFirst().orElseThrow());
	}

	private static Answer answer(Respondent respondent, String item) {
		return respondent.getAnswers().stream().filter(a -> a.getItem().equals(item)).findFirst().orElseThrow();
	}

	private static String label(int value) {
		return List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree").get(value - 1);
	}

	/** Each item's text, indented by its depth; call on the UI thread. */
	private static List<String> lines(TreeItem[] items, String indent) {
		List<String> lines = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			lines.add(indent + item.getText());
			lines.addAll(lines(item.getItems(), indent + "  "));
		}
		return lines;
	}
}
