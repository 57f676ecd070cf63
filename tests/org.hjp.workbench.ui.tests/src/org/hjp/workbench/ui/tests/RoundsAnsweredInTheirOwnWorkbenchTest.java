package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.assessment.ui.AssessmentControls;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.rounds.ui.ArrivingAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A round answered by each respondent in their own workbench, through the repository: the coordinator opens the
 * sample's round for three logins, anonymously; a respondent finds it waiting, answers with the keyboard and sends;
 * the answers come into the coordinator's round as they arrive, as one step that Undo takes back.
 */
class RoundsAnsweredInTheirOwnWorkbenchTest extends RepositoryWorkbenchTest {

	private static final String ROUND = "Partnership checklist, one year on";

	@BeforeAll
	static void respondents() throws Exception {
		repositories.respondent("amara").respondent("ben").respondent("cleo");
	}

	@Test
	void theCoordinatorOpensARoundRespondentsAnswerAndTheAnswersArriveInTheRound() throws Exception {
		publishAsAnna("rounds", "Riverbend rounds");
		connectAs("maria");
		resizeWindow(1024, 700);
		openFromRepository("Riverbend rounds");

		Shell opening = openDialog('d', "Open Round for Answering");
		Combo rounds = driver.byKey(Combo.class, "hjp.rounds.choice", Boolean.TRUE);
		driver.runOnUi(() -> {
			rounds.select(List.of(rounds.getItems()).stream().filter(i -> i.startsWith(ROUND)).map(List.of(rounds.getItems())::indexOf).findFirst().orElseThrow());
			rounds.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			driver.byKey(Text.class, "hjp.rounds.logins", Boolean.TRUE).setText("amara, ben\ncleo");
			driver.byKey(Text.class, "hjp.rounds.logins", Boolean.TRUE).setFocus();
		});
		driver.press(0, SWT.TAB);
		driver.waitUntil(() -> driver.onUi(() -> driver.byKey(Button.class, "hjp.rounds.anonymous", Boolean.TRUE).isFocusControl()), "Tab to move on from the logins");
		driver.press(0, ' ');
		assertTrue(driver.onUi(() -> driver.byKey(Button.class, "hjp.rounds.anonymous", Boolean.TRUE).getSelection()), "the round made anonymous with the keyboard");
		clickButton(opening, "Open for Answering");
		driver.waitUntil(() -> state().startsWith("Open for answering."), "the round to be opened");
		assertEquals("Open for answering. Anonymous: the answers come into the round, each person's under a number, once it is closed."
				+ " 0 of the 3 people asked have answered.", state());
		driver.screenshot(Path.of("target/screenshots/rounds/1-opened.png"), opening);
		clickButton(opening, "Done");

		connectAs("amara");
		driver.runOnUi(() -> document().commandStack().execute(SetCommand.create(document().editingDomain(), document().partnership(),
				PartnershipPackage.Literals.PARTNERSHIP__PURPOSE, "Changed before answering")));
		Shell waiting = openDialog('q', "Questionnaires Waiting");
		Table list = driver.byKey(Table.class, "hjp.rounds.waiting", Boolean.TRUE);
		assertEquals(List.of(ROUND + "|Riverbend rounds|maria|0 of 35 answered|Anonymously, 3 people"), rows(list));
		clickButton(waiting, "Answer...");
		Shell answering = dialog("Answer a Questionnaire");
		Table sheet = driver.find(Table.class, t -> t.getShell() == answering && t.getData(AssessmentControls.ANSWERS_KEY) != null, "the answer sheet");
		driver.waitUntil(() -> driver.onUi(sheet::isFocusControl), "the answer sheet to have the keys, without a click");
		driver.type("45d");
		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> driver.onUi(() -> sheet.getItem(2).getText(2)).isEmpty(), "Ctrl+Z to take back the third answer, in the dialog");
		driver.press(0, SWT.ARROW_UP);
		driver.type("3");
		driver.waitUntil(() -> driver.onUi(() -> sheet.getItem(2).getText(2)).startsWith("3"), "the third answer, given again");
		resizeWindow(1366, 768);
		driver.screenshot(Path.of("target/screenshots/rounds/2-answering.png"), answering);
		clickButton(answering, "Send Answers");
		driver.waitUntil(() -> driver.onUi(answering::isDisposed), "the answers to be sent");
		assertEquals(List.of(ROUND + "|Riverbend rounds|maria|3 of 35 answered|Anonymously, 3 people"), rows(list), "the list says what is answered");
		clickButton(waiting, "Done");
		assertEquals("Changed before answering", driver.onUi(() -> document().partnership().getPurpose()), "Ctrl+Z in the dialog left the partnership alone");

		for (String other : new String[] { "ben", "cleo" }) {
			try (SharedRepository respondent = repositories.as(other)) {
				org.hjp.workbench.sharing.Rounds server = new org.hjp.workbench.sharing.Rounds(respondent);
				org.hjp.workbench.sharing.Rounds.Waiting round = server.waiting().get(0);
				server.submit(round.partnership(), round.round(), List.of(new org.hjp.workbench.sharing.Rounds.Given("purpose-1", org.hjp.workbench.sharing.Rounds.Kind.POINT, 2)));
			}
		}
		AssessmentRound round = driver.onUi(() -> AnswerImport.rounds(document().partnership()).stream().filter(r -> r.getTitle().equals(ROUND)).findFirst().orElseThrow());
		int before = driver.onUi(() -> round.getRespondents().size());
		connectAs("maria");
		awaitReadings(2);
		assertEquals(before, (int) driver.onUi(() -> round.getRespondents().size()), "an anonymous round's answers wait for its close");
		Shell closing = openDialog('d', "Open Round for Answering");
		driver.waitUntil(() -> state().endsWith("3 of the 3 people asked have answered."), "the round's progress");
		clickButton(closing, "Close for Answering");
		driver.waitUntil(() -> state().startsWith("Closed for answering."), "the round to be closed");
		clickButton(closing, "Done");
		driver.waitUntil(() -> statusText().startsWith("New answers from the repository"), "the answers to arrive");
		assertEquals("New answers from the repository brought into \u201c" + ROUND + "\u201d, from 3 respondents. Edit > Undo takes them out.", statusText());
		List<String> arrived = driver.onUi(() -> round.getRespondents().subList(before, round.getRespondents().size()).stream().map(RoundsAnsweredInTheirOwnWorkbenchTest::answers).sorted().toList());
		assertEquals(List.of("purpose-1=2", "purpose-1=2", "purpose-1=4 purpose-2=5 purpose-3=3"), arrived);
		assertTrue(driver.onUi(() -> round.getRespondents().subList(before, before + 3).stream().allMatch(r -> Rounds.who(r).matches("Respondent [123]"))),
				"each under a number, never a login");
		assertTrue(driver.onUi(() -> document().isDirty()), "to be saved, as any change");

		driver.runOnUi(() -> document().commandStack().undo());
		assertEquals(before, (int) driver.onUi(() -> round.getRespondents().size()), "one step, taken back whole");
		awaitReadings(2);
		assertEquals(before, (int) driver.onUi(() -> round.getRespondents().size()), "the next readings leave the undo alone");
	}

	@Test
	void aQuestionnaireThatCannotBeReadIsSaidInWordsAndNothingOpens() throws Exception {
		publishAsAnna("broken", "Riverbend broken");
		try (SharedRepository maria = repositories.as("maria")) {
			new org.hjp.workbench.sharing.Rounds(maria).open(new org.hjp.workbench.sharing.Rounds.Opening("broken", "broken-round", "Broken", "checklist",
					"<assessment:Instrument xmlns:assessment=\"http://hjp-workbench.org/model/assessment/1\"><domains", List.of("purpose-1"), List.of("1,2"), false,
					List.of("amara")));
		}
		connectAs("amara");
		Shell waiting = openDialog('q', "Questionnaires Waiting");
		Table list = driver.byKey(Table.class, "hjp.rounds.waiting", Boolean.TRUE);
		driver.runOnUi(() -> list.setSelection(List.of(list.getItems()).stream().filter(i -> i.getText(0).equals("Broken")).findFirst().orElseThrow()));
		clickButton(waiting, "Answer...");
		driver.waitUntil(() -> errorOf(waiting) != null, "the refusal to be said");
		assertTrue(errorOf(waiting).startsWith("\u201cBroken\u201d cannot be answered here: The definition the questionnaire of \u201cBroken\u201d is not a readable instrument file"),
				errorOf(waiting));
		assertTrue(driver.onUi(() -> List.of(waiting.getDisplay().getShells()).stream().noneMatch(s -> "Answer a Questionnaire".equals(s.getText()))));
		clickButton(waiting, "Done");
	}

	/** Waits for {@code count} more readings of the answers, so that what they did not bring in is known not to come. */
	private void awaitReadings(int count) {
		ArrivingAnswers arriving = driver.onUi(() -> workbench.context().get(ArrivingAnswers.class));
		long seen = arriving.readings();
		driver.waitUntil(() -> arriving.readings() >= seen + count, count + " readings of the answers");
	}

	private Shell openDialog(char mnemonic, String title) {
		driver.press(SWT.ALT, 'f');
		driver.press(0, mnemonic);
		return dialog(title);
	}

	private String state() {
		return driver.onUi(() -> driver.byKey(Label.class, "hjp.rounds.state", Boolean.TRUE).getText());
	}

	private List<String> rows(Table table) {
		return driver.onUi(() -> List.of(table.getItems()).stream()
				.map(i -> String.join("|", java.util.stream.IntStream.range(0, table.getColumnCount()).mapToObj(i::getText).toList())).toList());
	}

	private static String answers(Respondent respondent) {
		return String.join(" ", respondent.getAnswers().stream()
				.map(a -> a.getItem() + "=" + (a.getKind() == AnswerKind.POINT ? String.valueOf(a.getValue()) : a.getKind().getLiteral())).sorted().toList());
	}
}
