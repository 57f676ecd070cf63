package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;
import org.junit.jupiter.api.Test;

/**
 * Answers from CSV in the wide and the long layout of docs/answers-import.md, into a round of the example plug-in's
 * instrument (making-1 to 3 and closing-1 and 2 on a four-point scale with not applicable; making-4 and closing-3 yes or
 * no with don't know); and every refusal, which names the file and row and imports nothing.
 */
class CsvImportTest extends ReferralCheckRound {

	private static final String WIDE_HEADER = "respondent,partner,making-1,making-2,making-3,making-4,closing-1,closing-2,closing-3\n";

	@Test
	void theWideLayoutMatchesRespondentsByNameAndPartnerAndAddsTheOthers() throws Exception {
		Path csv = csv("wide.csv", WIDE_HEADER
				+ "Amara Okafor," + TestRounds.LEGAL + ",4,3,N,1,Usually,2,d\n"
				+ "respondent b,  riverbend regional hospital ,1,,2,0,n,Always,Don't know\n");
		List<String> answers = apply(csv);
		assertEquals(List.of("making-1 point 4", "making-2 point 3", "making-3 notApplicable 0", "making-4 point 1", "closing-1 point 3", "closing-2 point 2",
				"closing-3 dontKnow 0"), answers(round.getRespondents().get(0)));
		Respondent added = round.getRespondents().get(2);
		assertEquals("respondent b", added.getLabel());
		assertEquals(TestRounds.organisation(document, TestRounds.HEALTH), added.getOrganisation());
		assertEquals(List.of("making-1 point 1", "making-2 -", "making-3 point 2", "making-4 point 0", "closing-1 notApplicable 0", "closing-2 point 4",
				"closing-3 dontKnow 0"), answers(added));
		assertEquals(3, round.getRespondents().size(), String.valueOf(answers));
	}

	@Test
	void theLongLayoutGathersEachRespondentsRowsAndAPersonOfThePartnerBecomesTheRespondent() throws Exception {
		TestRounds.organisation(document, TestRounds.HEALTH).getPeople().add(person("Jo Bloggs"));
		Path csv = csv("long.csv", "Respondent,Partner,Statement,Value\n"
				+ "Helen Whitford," + TestRounds.HEALTH + ",making-1,2\n"
				+ "Jo Bloggs," + TestRounds.HEALTH + ",making-4,D\n"
				+ "Helen Whitford," + TestRounds.HEALTH + ",closing-3,1\n"
				+ "Helen Whitford," + TestRounds.HEALTH + ",closing-1,\n");
		ImportPlan plan = AnswerImport.plan(round, List.of(csv));
		assertEquals(List.of(), plan.refusals());
		assertEquals(List.of(RespondentChange.Kind.CHANGED, RespondentChange.Kind.NEW), plan.files().get(0).respondents().stream().map(RespondentChange::kind).toList());
		TestRounds.execute(document.editingDomain(), plan.command(document.editingDomain()));
		assertEquals(List.of("making-1 point 2", "making-2 -", "making-3 -", "making-4 -", "closing-1 -", "closing-2 -", "closing-3 point 1"),
				answers(round.getRespondents().get(1)));
		Respondent jo = round.getRespondents().get(2);
		assertEquals("Jo Bloggs", jo.getPerson().getName());
		assertEquals(null, jo.getLabel());
	}

	@Test
	void semicolonsAByteOrderMarkAndWindowsTextAreRead() throws Exception {
		Path csv = folder.resolve("excel.csv");
		Files.write(csv, ("\uFEFFrespondent;partner;making-1\nRen\u00e9e;" + TestRounds.LEGAL + ";3\n").getBytes(StandardCharsets.UTF_8));
		Path latin = folder.resolve("latin.csv");
		Files.write(latin, ("respondent,partner,making-1\nZo\u00eb," + TestRounds.LEGAL + ",2\n").getBytes(StandardCharsets.ISO_8859_1));
		apply(csv, latin);
		assertEquals("Ren\u00e9e", round.getRespondents().get(2).getLabel());
		assertEquals("Zo\u00eb", round.getRespondents().get(3).getLabel());
	}

	@Test
	void aRowWithoutANameIsAnAnonymousRespondentNamedAfterItsRowSoThatImportingItAgainChangesNothing() throws Exception {
		Path csv = csv("form.csv", "respondent,partner,making-1\n," + TestRounds.HEALTH + ",3\n");
		apply(csv);
		assertEquals("Anonymous (row 2 of form.csv)", round.getRespondents().get(2).getLabel());
		ImportPlan again = AnswerImport.plan(round, List.of(csv));
		assertEquals(List.of(), again.refusals());
		assertEquals(RespondentChange.Kind.UNCHANGED, again.files().get(0).respondents().get(0).kind());
		assertTrue(!again.changesAnything());
	}

	@Test
	void anotherPersonsAnswersUnderTheSameAnonymousNameAreANewRespondentNotAnOverwrite() throws Exception {
		apply(csv("form.csv", "respondent,partner,making-1\n," + TestRounds.HEALTH + ",3\n"));
		Path later = Files.createDirectories(folder.resolve("later"));
		Path second = Files.writeString(later.resolve("form.csv"), "respondent,partner,making-1\n," + TestRounds.HEALTH + ",1\n");
		apply(second);
		assertEquals(4, round.getRespondents().size());
		assertEquals(List.of("Anonymous (row 2 of form.csv)", "Anonymous (row 2 of form.csv), 2"),
				List.of(round.getRespondents().get(2).getLabel(), round.getRespondents().get(3).getLabel()));
		assertEquals("making-1 point 3", answers(round.getRespondents().get(2)).get(0), "the first person's answer is kept");
		Path third = Files.writeString(folder.resolve("other.csv"), "respondent,partner,making-1\n," + TestRounds.HEALTH + ",2\n");
		Path fourth = Files.writeString(Files.createDirectories(folder.resolve("more")).resolve("other.csv"), "respondent,partner,making-1\n," + TestRounds.HEALTH + ",4\n");
		apply(third, fourth);
		assertEquals(6, round.getRespondents().size(), "two files of the same name in one import are two people");
	}

	@Test
	void emptyRowsAddNoOne() throws Exception {
		ImportPlan plan = AnswerImport.plan(round, List.of(csv("blank-rows.csv", WIDE_HEADER + ",,,,,,,,\n  ,,,,,,,,\n")));
		assertEquals(List.of(), plan.refusals());
		assertTrue(!plan.changesAnything(), plan.files().toString());
	}

	@Test
	void aNameThatFitsTwoRespondentsIsRefusedRatherThanGuessed() throws Exception {
		apply(csv("staff.csv", "respondent,partner,making-1\nStaff," + TestRounds.LEGAL + ",1\n"), csv("staff-2.csv", "respondent,partner,making-1\nStaff," + TestRounds.HEALTH + ",2\n"));
		refused(csv("who.csv", "respondent,partner,making-2\nStaff,,3\n"),
				"Row 2 of who.csv gives the name \u201cStaff\u201d, which 2 respondents of the round have: give their partner, or a name that tells them apart.");
	}

	@Test
	void anUnknownStatementIdIsRefused() throws Exception {
		refused(csv("wide.csv", "respondent,partner,making-1,Making-2,timestamp\nAmara Okafor," + TestRounds.LEGAL + ",1,2,3\n"),
				"The column \u201cMaking-2\u201d of wide.csv is not a statement of this round's instrument (did you mean making-2?).",
				"The column \u201ctimestamp\u201d of wide.csv is not a statement of this round's instrument.");
		refused(csv("long.csv", "respondent,partner,statement,value\nAmara Okafor," + TestRounds.LEGAL + ",making-9,1\n"),
				"Row 2 of long.csv: \u201cmaking-9\u201d is not a statement of this round's instrument.");
	}

	@Test
	void aValueOutsideTheStatementsOwnScaleIsRefused() throws Exception {
		refused(csv("values.csv", "respondent,partner,making-1,making-3,making-4,closing-3\n"
				+ "Amara Okafor," + TestRounds.LEGAL + ",5,D,N,Maybe\n"),
				"Row 2 of values.csv, column making-1: \u201c5\u201d is not an answer to statement making-1, which is answered with 1 (Never), 2 (Sometimes), 3 (Usually), 4 (Always), or N for not applicable.",
				"Row 2 of values.csv, column making-3: \u201cD\u201d is not an answer to statement making-3, which is answered with 1 (Never), 2 (Sometimes), 3 (Usually), 4 (Always), or N for not applicable.",
				"Row 2 of values.csv, column making-4: \u201cN\u201d is not an answer to statement making-4, which is answered with 0 (No), 1 (Yes), or D for don't know.",
				"Row 2 of values.csv, column closing-3: \u201cMaybe\u201d is not an answer to statement closing-3, which is answered with 0 (No), 1 (Yes), or D for don't know.");
	}

	@Test
	void aRespondentTwiceInAFileOrAcrossFilesIsRefused() throws Exception {
		refused(csv("twice.csv", "respondent,partner,making-1\nAmara Okafor," + TestRounds.LEGAL + ",1\n amara  okafor," + TestRounds.LEGAL + ",2\n"),
				"The answers of Amara Okafor (" + TestRounds.LEGAL + ") are given twice: in row 2 of twice.csv and in row 3 of twice.csv. Keep only one of them.");
		Path first = csv("first.csv", "respondent,partner,making-1\nRespondent B," + TestRounds.HEALTH + ",1\n");
		Path second = csv("second.csv", "respondent,partner,statement,value\nRespondent B," + TestRounds.HEALTH + ",making-2,3\n");
		refused(List.of(first, second), "The answers of Respondent B (" + TestRounds.HEALTH
				+ ") are given twice: in row 2 of first.csv and in the rows of Respondent B in second.csv. Keep only one of them.");
		Path pdf = TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("amara.pdf"));
		refused(List.of(pdf, csv("amara.csv", "respondent,partner,making-1\nAmara Okafor," + TestRounds.LEGAL + ",1\n")),
				"The answers of Amara Okafor (" + TestRounds.LEGAL + ") are given twice: in the questionnaire amara.pdf and in row 2 of amara.csv. Keep only one of them.");
		refused(csv("long-twice.csv", "respondent,partner,statement,value\nHelen Whitford," + TestRounds.HEALTH + ",making-1,1\nHelen Whitford,"
				+ TestRounds.HEALTH + ",making-1,2\n"), "Row 3 of long-twice.csv answers statement making-1 for Helen Whitford a second time (first in row 2 of long-twice.csv).");
	}

	@Test
	void anUnknownPartnerIsRefusedNamingIt() throws Exception {
		refused(csv("partner.csv", "respondent,partner,making-1\nSam,Riverbend Health,1\n"),
				"Row 2 of partner.csv names the partner \u201cRiverbend Health\u201d, which is not a partner organisation of this partnership (its partners are \u201c"
						+ TestRounds.LEGAL + "\u201d, \u201c" + TestRounds.HEALTH + "\u201d).");
	}

	@Test
	void filesThatAreNotAnswersAreRefused() throws Exception {
		Path binary = folder.resolve("photo.csv");
		Files.write(binary, new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2 });
		refused(binary, "The file photo.csv is not a CSV file: it holds characters that are not text.");
		refused(csv("empty.csv", ""), "The file empty.csv is empty: it needs a first row naming its columns, such as respondent, partner and the statement ids.");
		refused(csv("nohead.csv", "name,making-1\nSam,1\n"), "The file nohead.csv has no column named respondent in its first row; it names who answered in each row.");
		refused(csv("quote.csv", "respondent,partner,making-1\n\"Sam," + TestRounds.LEGAL + ",1\n"),
				"The file quote.csv cannot be read as CSV");
		refused(csv("wider.csv", "respondent,partner,making-1\nSam," + TestRounds.LEGAL + ",1,2\n"), "Row 2 of wider.csv has more cells than the first row has column names.");
	}

	@Test
	void whenOneFileIsRefusedNothingIsImported() throws Exception {
		Path good = csv("good.csv", "respondent,partner,making-1\nSam," + TestRounds.HEALTH + ",1\n");
		Path bad = csv("bad.csv", "respondent,partner,making-1\nKim," + TestRounds.HEALTH + ",9\n");
		ImportPlan plan = AnswerImport.plan(round, List.of(good, bad));
		assertTrue(plan.refused());
		assertTrue(!plan.changesAnything());
		assertEquals(1, plan.refusals().size());
		assertThrows(IllegalStateException.class, () -> plan.command(document.editingDomain()));
		assertEquals(2, round.getRespondents().size());
	}

	private List<String> apply(Path... files) {
		ImportPlan plan = AnswerImport.plan(round, List.of(files));
		assertEquals(List.of(), plan.refusals());
		TestRounds.execute(document.editingDomain(), plan.command(document.editingDomain()));
		List<String> all = new ArrayList<>();
		round.getRespondents().forEach(r -> all.addAll(answers(r)));
		return all;
	}

	private List<String> answers(Respondent respondent) {
		return TypedAnswers.of(respondent, List.of("making-1", "making-2", "making-3", "making-4", "closing-1", "closing-2", "closing-3"));
	}

	private Path csv(String name, String content) throws Exception {
		return Files.writeString(folder.resolve(name), content);
	}

	private static org.hjp.workbench.model.Person person(String name) {
		org.hjp.workbench.model.Person person = org.hjp.workbench.model.PartnershipFactory.eINSTANCE.createPerson();
		person.setName(name);
		return person;
	}
}
