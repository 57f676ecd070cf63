package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.assessment.ui.AssessmentControls;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Assessment rounds in the learning stage, as a user: the sample's rounds show their results, where partners
 * disagree and the earlier round; a new round offers the installed instruments, and answers typed with the
 * keyboard are scored as they come in, each one undoable.
 */
class AssessmentRoundTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void theSamplesRoundsShowResultsDisagreementsAndTheEarlierRound() throws Exception {
		openCopyOfSample(folder, "rounds.hjp");
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = roundsList();
		assertEquals(2, (int) driver.onUi(rounds::getItemCount));
		driver.click(rounds, driver.onUi(() -> rounds.getItem(1).getBounds(0)), 1);
		Table scores = driver.find(Table.class, t -> t.getData(AssessmentControls.SCORES_KEY) != null && t.isVisible(), "the round's scores");
		assertEquals("All partners (4 respondents)", driver.onUi(() -> scores.getColumn(1).getText()));
		assertTrue(driver.onUi(() -> Arrays.stream(scores.getColumns()).anyMatch(c -> c.getText().startsWith("Riverbend Regional Hospital (2"))));
		assertEquals(List.of("Shared purpose", "Total"), driver.onUi(() -> List.of(scores.getItem(0).getText(0), scores.getItem(scores.getItemCount() - 1).getText(0))));
		assertEquals("Heading the right way", driver.onUi(() -> scores.getItem(scores.getItemCount() - 1).getText(2)), "the total's band beside it");
		assertTrue(driver.onUi(() -> highlightedCells(scores) > 0), "some domain is shaded as a disagreement");
		driver.find(Label.class, l -> l.getText().contains("A total is worked out from all of a person's answers") && l.isVisible(),
				"why a total need not be the sum of the domain scores shown");
		Table statements = driver.find(Table.class, t -> t.getData(AssessmentControls.STATEMENTS_KEY) != null && t.isVisible(), "the statements");
		int shadedRows = driver.onUi(() -> (int) Arrays.stream(statements.getItems())
				.filter(i -> i.getBackground(0).getRGB().equals(new org.eclipse.swt.graphics.RGB(255, 214, 153))).count());
		assertTrue(shadedRows > 0 && shadedRows <= 5, "only the statements furthest apart are shaded: " + shadedRows);
		driver.find(Label.class, l -> l.getText().startsWith("Shaded: the " + (shadedRows == 1 ? "statement" : shadedRows + " statements")) && l.isVisible(),
				"what the shading of statements means");
		Table history = driver.find(Table.class, t -> t.getData(AssessmentControls.HISTORY_KEY) != null && t.isVisible(), "the earlier rounds");
		assertEquals(3, (int) driver.onUi(history::getColumnCount), "the scores, then a column for each round");
		driver.scrollIntoView(scores);
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/assessments/1-results.png"));
		Control chart = driver.find(Control.class, c -> c.getData(AssessmentControls.CHART_KEY) != null && c.isVisible(), "the chart");
		driver.scrollIntoView(chart);
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/assessments/3-chart.png"));
	}

	@Test
	void aNewRoundOffersTheInstrumentsAndScoresAnswersTypedWithTheKeyboard() throws Exception {
		openCopyOfSample(folder, "new-round.hjp");
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = roundsList();
		driver.click(addButton(rounds));
		driver.waitUntil(() -> driver.onUi(rounds::getItemCount) == 3, "a new round in the list");
		// The new round is checked (it has no instrument yet) before the form settles: wait, so that clicks land.
		driver.find(Label.class, l -> l.getText().startsWith("0 errors, 7 warnings"), "the new round's warning in Problems");
		driver.settle();
		// A respondent first: their answer sheet appears once the instrument is chosen.
		Table respondents = driver.find(Table.class, t -> "respondents".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the respondents");
		driver.click(addButton(respondents));
		driver.waitUntil(() -> driver.onUi(() -> newRound().getRespondents().size()) == 1, "a respondent");

		Combo choice = driver.find(Combo.class, c -> c.getData(AssessmentControls.INSTRUMENT_CHOICE_KEY) != null && c.isVisible(), "the choice of instrument");
		assertTrue(driver.onUi(() -> Arrays.asList(choice.getItems()).contains("Partnership checklist (version 1.0)")), "the checklist is offered");
		driver.scrollIntoView(choice);
		driver.runOnUi(choice::setFocus);
		driver.press(0, SWT.ARROW_DOWN);
		driver.waitUntil(() -> newRound().getInstrument() != null, "the round to take the chosen instrument");
		assertEquals("Partnership checklist", driver.onUi(() -> newRound().getTitle()));
		// The respondent answers for no partner, which the checks note under the field: wait for it before clicking below.
		driver.find(Label.class, l -> l.getText().startsWith("0 errors, 7 warnings, 1 note"), "the note on the respondent in Problems");
		driver.settle();
		Table answers = driver.find(Table.class, t -> t.getData(AssessmentControls.ANSWERS_KEY) != null && t.isVisible(), "the answer sheet");
		driver.scrollIntoView(answers);
		driver.click(answers, driver.onUi(() -> answers.getItem(0).getBounds(1)), 1);
		driver.type("4".repeat(34));
		driver.type("d");
		Respondent respondent = driver.onUi(() -> newRound().getRespondents().get(0));
		driver.waitUntil(() -> driver.onUi(() -> respondent.getAnswers().size()) == 35, "35 answers");
		assertEquals("Don't know", driver.onUi(() -> answers.getItem(34).getText(2)));
		assertEquals("4  Agree", driver.onUi(() -> answers.getItem(0).getText(2)));
		assertTrue(driver.onUi(() -> answers.getColumn(1).getWidth() > answers.getColumn(0).getWidth() + answers.getColumn(2).getWidth()),
				"the statements take most of the answer sheet's width");
		Table scores = driver.find(Table.class, t -> t.getData(AssessmentControls.SCORES_KEY) != null && t.isVisible(), "the round's scores");
		// 32 statements at 4 and two drawbacks scoring 2, prorated over the 34 answered: 132 * 35 / 34
		driver.waitUntil(() -> driver.onUi(() -> scores.getItemCount() > 0 && scores.getItem(scores.getItemCount() - 1).getText(1).equals("135.9")), "the total of the answers");
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/assessments/2-answers.png"));

		driver.press(SWT.MOD1, 'z');
		driver.waitUntil(() -> driver.onUi(() -> respondent.getAnswers().size()) == 34, "undo to take back the last answer");
		driver.press(SWT.MOD1, 'y');
		driver.waitUntil(() -> driver.onUi(() -> respondent.getAnswers().size()) == 35, "redo to give it back");
		driver.runOnUi(answers::setFocus);
		driver.press(0, SWT.DEL);
		driver.waitUntil(() -> driver.onUi(() -> respondent.getAnswers().size()) == 34, "Delete to clear the last statement's answer");
	}

	@Test
	void aRoundWhoseInstrumentCopyIsOverTheLimitsSaysSoInsteadOfScoring() throws Exception {
		Path file = copyOfSample(folder, "edited.hjp");
		String text = Files.readString(file);
		int end = text.indexOf("</instrument>");
		String bands = IntStream.range(0, 20_000).mapToObj(i -> "<bands min=\"" + (200 + i) + "\" max=\"" + (200 + i) + "\" label=\"b\"/>").collect(Collectors.joining("\n"));
		Files.writeString(file, text.substring(0, end) + bands + "\n" + text.substring(end));
		openFile(file);
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = roundsList();
		driver.click(rounds, driver.onUi(() -> rounds.getItem(0).getBounds(0)), 1);
		driver.find(Label.class, l -> l.getText().startsWith("The assessment round \u201cPartnership checklist, first year\u201d cannot be answered or scored")
				&& l.getText().endsWith("has 20003 bands for the total; at most 100 are allowed.") && l.isVisible(), "the reason under the round's results");
		assertTrue(driver.onUi(() -> SwtDriver.findIn(shell(), Table.class, t -> t.getData(AssessmentControls.SCORES_KEY) != null && t.isVisible()) == null), "no scores");
	}

	@Test
	void twentyFourDomainsInGroupsStayReadableAsRowsAndASidewaysChart() throws Exception {
		Path file = copyOfSample(folder, "many-domains.hjp");
		String text = Files.readString(file);
		int copy = text.indexOf("<instrument", text.indexOf("</instrument>"));
		int scoring = text.indexOf("<scoring", copy);
		StringBuilder more = new StringBuilder();
		for (int i = 1; i <= 17; i++) {
			more.append("<domains id=\"extra-").append(i).append("\" name=\"Further domain ").append(i).append("\" group=\"more\"><items id=\"extra-").append(i)
					.append("-1\" text=\"Another statement\"/><bands min=\"0\" max=\"10\" label=\"Band of ").append(i).append("\"/></domains>\n");
		}
		String groups = "<groups id=\"foundations\" name=\"Foundations\"/><groups id=\"more\" name=\"Further domains\"/>\n";
		String edited = text.substring(0, copy) + text.substring(copy, scoring).replaceFirst("<domains id=\"purpose\"", groups + "<domains id=\"purpose\" group=\"foundations\"")
				.replaceFirst("<domains id=\"trust\"", "<domains id=\"trust\" group=\"foundations\"") + more + text.substring(scoring);
		Files.writeString(file, edited);
		openFile(file);
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = roundsList();
		driver.click(rounds, driver.onUi(() -> rounds.getItem(1).getBounds(0)), 1);
		Table scores = driver.find(Table.class, t -> t.getData(AssessmentControls.SCORES_KEY) != null && t.isVisible(), "the round's scores");
		List<String> names = driver.onUi(() -> Arrays.stream(scores.getItems()).map(i -> i.getText(0)).toList());
		assertEquals(2 + 24 + 1, names.size(), names.toString());
		assertEquals(List.of("Foundations", "    Shared purpose", "    Trust and respect", "Further domains", "    Further domain 1"), names.subList(0, 5));
		assertEquals("Total", names.get(names.size() - 1));
		assertTrue(driver.onUi(() -> scores.getColumnCount()) <= 4 + 2 + 4, "a column per partner and respondent, not per domain");
		Control chart = driver.find(Control.class, c -> c.getData(AssessmentControls.CHART_KEY) != null && c.isVisible(), "the chart");
		assertEquals(SWT.VERTICAL, (int) driver.onUi(() -> ((Chart) chart).getOrientation()), "the bars lie sideways");
		driver.scrollIntoView(scores);
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/assessments/4-many-domains.png"));
		driver.scrollIntoView(chart);
		driver.settle();
		driver.screenshot(Path.of("target/screenshots/assessments/5-many-domains-chart.png"));
	}

	@Test
	void theKeysShownAreThoseOfTheSelectedStatementsOwnScale() throws Exception {
		Path file = copyOfSample(folder, "two-scales.hjp");
		String text = Files.readString(file);
		int firstScaleEnd = text.indexOf("</scales>") + "</scales>".length();
		text = text.substring(0, firstScaleEnd) + "<scales id=\"yesno\" name=\"Yes or no\"><points value=\"0\" label=\"No\"/><points value=\"1\" label=\"Yes\"/></scales>"
				+ text.substring(firstScaleEnd);
		Files.writeString(file, text.replaceFirst("<items id=\"purpose-2\"", "<items id=\"purpose-2\" scale=\"yesno\""));
		openFile(file);
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = roundsList();
		driver.click(rounds, driver.onUi(() -> rounds.getItem(0).getBounds(0)), 1);
		Table respondents = driver.find(Table.class, t -> "respondents".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the respondents");
		driver.click(respondents, driver.onUi(() -> respondents.getItem(0).getBounds(0)), 1);
		Table answers = driver.find(Table.class, t -> t.getData(AssessmentControls.ANSWERS_KEY) != null && t.isVisible(), "the answer sheet");
		Label keys = driver.find(Label.class, l -> l.getData(AssessmentControls.ANSWER_KEYS_KEY) != null && l.isVisible(), "the keys of the statement");
		driver.scrollIntoView(answers);
		driver.click(answers, driver.onUi(() -> answers.getItem(1).getBounds(1)), 1);
		driver.waitUntil(() -> driver.onUi(keys::getText).contains("(0 No, 1 Yes)"), "the yes/no keys for the yes/no statement");
		assertFalse(driver.onUi(keys::getText).contains("D for don't know"), "the yes/no scale has no don't know");
		driver.click(answers, driver.onUi(() -> answers.getItem(0).getBounds(1)), 1);
		driver.waitUntil(() -> driver.onUi(keys::getText).contains("1 Strongly disagree") && driver.onUi(keys::getText).contains("D for don't know"),
				"the agreement keys for the first statement");
	}

	@Test
	void aBrokenInstrumentPluginIsNamedWhereInstrumentsAreChosenAndTheRestAreOffered() throws Exception {
		expectLoggedError("The plug-in test.broken.instrument offers an instrument");
		Bundle broken = installInstrumentBundle("test.broken.instrument", "<?xml version=\"1.0\"?><assessment:Instrument xmlns:assessment=\"http://hjp-workbench.org/model/assessment/1\" id=\"x\" name=\"Broken\" version=\"1\"/>");
		try {
			openCopyOfSample(folder, "broken-plugin.hjp");
			openStage("Learning and evolving");
			clickTab("Assessments");
			Table rounds = roundsList();
			driver.click(addButton(rounds));
			Combo choice = driver.find(Combo.class, c -> c.getData(AssessmentControls.INSTRUMENT_CHOICE_KEY) != null && c.isVisible(), "the choice of instrument");
			assertTrue(driver.onUi(() -> Arrays.asList(choice.getItems()).contains("Partnership checklist (version 1.0)")), "the working instrument is still offered");
			Label problem = driver.find(Label.class, l -> l.getText().startsWith("The plug-in test.broken.instrument offers an instrument in broken.instrument that cannot be used")
					&& l.getText().contains("has no domains") && l.isVisible(), "the broken plug-in named under the choice");
			assertTrue(driver.onUi(problem::isVisible));
		} finally {
			broken.uninstall();
		}
	}

	/** Installs, while the workbench runs, a bundle offering one instrument definition file. */
	private static Bundle installInstrumentBundle(String name, String definition) throws Exception {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
		manifest.getMainAttributes().putValue("Bundle-SymbolicName", name);
		manifest.getMainAttributes().putValue("HJP-Instruments", "broken.instrument");
		ByteArrayOutputStream jar = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
			out.putNextEntry(new JarEntry("broken.instrument"));
			out.write(definition.getBytes(StandardCharsets.UTF_8));
		}
		Bundle bundle = FrameworkUtil.getBundle(AssessmentRoundTest.class).getBundleContext().installBundle("test:" + name, new ByteArrayInputStream(jar.toByteArray()));
		bundle.start();
		return bundle;
	}

	private Table roundsList() {
		return driver.find(Table.class, t -> "assessmentRounds".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of rounds");
	}

	private AssessmentRound newRound() {
		return driver.onUi(() -> document().partnership().getExtensions().stream().filter(LearningPlan.class::isInstance).map(LearningPlan.class::cast)
				.findFirst().orElseThrow().getAssessmentRounds().get(2));
	}

	private Button addButton(Table table) {
		return driver.onUi(() -> {
			Composite list = table.getParent().getParent();
			return findIn(list, Button.class, b -> b.getText().startsWith("Add"));
		});
	}

	private static int highlightedCells(Table table) {
		int count = 0;
		for (TableItem item : table.getItems()) {
			for (int i = 0; i < table.getColumnCount(); i++) {
				if (item.getBackground(i).getRGB().equals(new org.eclipse.swt.graphics.RGB(255, 214, 153))) {
					count++;
				}
			}
		}
		return count;
	}
}
