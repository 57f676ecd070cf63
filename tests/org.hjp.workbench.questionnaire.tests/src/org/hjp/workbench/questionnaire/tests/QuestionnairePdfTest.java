package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.Questionnaires;
import org.hjp.workbench.questionnaire.internal.ModelIds;
import org.hjp.workbench.questionnaire.internal.QuestionnaireId;
import org.hjp.workbench.questionnaire.internal.StatementFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a questionnaire holds: the fields a reader fills, its identifier, and text every page shows whole. */
class QuestionnairePdfTest {

	@TempDir
	Path folder;

	@Test
	void eachStatementIsARadioGroupOfTheChoicesOfItsOwnScale() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.referralCheck());
		AssessmentRound round = TestRounds.round(document);
		try (PDDocument pdf = Loader.loadPDF(TestRounds.fillable(round, null, folder.resolve("q.pdf")).toFile())) {
			PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
			PDRadioButton often = (PDRadioButton) form.getField("making-1");
			PDRadioButton yesNo = (PDRadioButton) form.getField("making-4");
			assertEquals(Set.of("1", "2", "3", "4", "N"), often.getOnValues());
			assertEquals(Set.of("0", "1", "D"), yesNo.getOnValues());
			assertEquals("making-1", often.getMappingName());
			assertEquals(7, form.getFields().stream().filter(PDRadioButton.class::isInstance).count() - 1, "seven statements and the partner");
			for (PDAnnotationWidget widget : often.getWidgets()) {
				Set<COSName> states = widget.getAppearance().getNormalAppearance().getSubDictionary().keySet();
				assertTrue(states.contains(COSName.Off) && states.size() == 2, "an on and an off appearance: " + states);
				assertTrue(widget.isPrinted());
			}
		}
	}

	@Test
	void theIdentifierNamesRoundRespondentAndInstrumentVersionAndSurvivesAReadersSave() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.checklist());
		AssessmentRound round = TestRounds.round(document);
		Respondent amara = round.getRespondents().get(0);
		Path filled = AsAReader.fill(TestRounds.fillable(round, amara, folder.resolve("q.pdf")), Map.of("trust-2", "5"), folder.resolve("filled.pdf"));
		try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
			PDTextField field = (PDTextField) pdf.getDocumentCatalog().getAcroForm().getField(StatementFields.IDENTIFIER);
			QuestionnaireId id = QuestionnaireId.decode(field.getValue()).orElseThrow();
			assertEquals(new QuestionnaireId(ModelIds.of(round), round.getTitle(), ModelIds.of(amara), "org.hjp.workbench.partnership-checklist", "1.0"), id);
			assertNotNull(ModelIds.of(round));
			assertTrue(field.isReadOnly());
			assertTrue(field.getWidgets().get(0).isHidden());
			assertEquals(field.getValue(), pdf.getDocumentInformation().getCustomMetadataValue(QuestionnaireId.INFO_KEY));
		}
	}

	@Test
	void aQuestionnaireThatLostItsHiddenFieldIsKnownByItsDocumentInformation() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.checklist());
		AssessmentRound round = TestRounds.round(document);
		Path written = TestRounds.fillable(round, round.getRespondents().get(1), folder.resolve("q.pdf"));
		Path stripped = folder.resolve("stripped.pdf");
		try (PDDocument pdf = Loader.loadPDF(written.toFile())) {
			PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
			form.getFields().remove(form.getField(StatementFields.IDENTIFIER));
			((PDRadioButton) form.getField("roles-1")).setValue("2");
			pdf.save(stripped.toFile());
		}
		ImportPlan plan = AnswerImport.plan(round, List.of(stripped));
		assertEquals(List.of(), plan.refusals());
		assertEquals("Helen Whitford", plan.files().get(0).respondents().get(0).name());
	}

	@Test
	void aBlankQuestionnaireHasFieldsForWhoAnswersAndAWrittenOneNamesThem() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.checklist());
		AssessmentRound round = TestRounds.round(document);
		try (PDDocument pdf = Loader.loadPDF(TestRounds.fillable(round, null, folder.resolve("blank.pdf")).toFile())) {
			PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
			assertTrue(form.getField(StatementFields.RESPONDENT) instanceof PDTextField);
			assertEquals(Set.of(TestRounds.LEGAL, TestRounds.HEALTH), ((PDRadioButton) form.getField(StatementFields.PARTNER)).getOnValues());
			assertEquals("", QuestionnaireId.decode(((PDTextField) form.getField(StatementFields.IDENTIFIER)).getValue()).orElseThrow().respondentId());
		}
		try (PDDocument pdf = Loader.loadPDF(TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("amara.pdf")).toFile())) {
			assertNull(pdf.getDocumentCatalog().getAcroForm().getField(StatementFields.RESPONDENT));
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Answered by Amara Okafor, for " + TestRounds.LEGAL), text);
		}
	}

	@Test
	void everyStatementIsWholeOnOnePageWithItsChoices() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.checklist());
		AssessmentRound round = TestRounds.round(document);
		for (boolean fillable : List.of(true, false)) {
			Path file = folder.resolve(fillable + ".pdf");
			try (OutputStream out = Files.newOutputStream(file)) {
				if (fillable) {
					Questionnaires.fillable(round, null, out);
				} else {
					Questionnaires.printable(round, null, out);
				}
			}
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				assertTrue(pdf.getNumberOfPages() > 1);
				List<String> pages = pageTexts(pdf);
				for (Item item : InstrumentDefinitions.items(round.getInstrument())) {
					List<Integer> on = new ArrayList<>();
					for (int i = 0; i < pages.size(); i++) {
						if (pages.get(i).contains(flat(item.getText()))) {
							on.add(i);
						}
					}
					assertEquals(1, on.size(), item.getId() + " whole on one page");
					if (fillable) {
						PDRadioButton radio = (PDRadioButton) pdf.getDocumentCatalog().getAcroForm().getField(item.getId());
						assertEquals(6, radio.getWidgets().size());
						for (PDAnnotationWidget widget : radio.getWidgets()) {
							assertEquals(on.get(0), pdf.getPages().indexOf(widget.getPage()), item.getId() + "'s choices on the page of its text");
						}
					}
				}
				assertEquals(!fillable, pdf.getDocumentCatalog().getAcroForm(null) == null, "fields only in the fillable questionnaire");
			}
		}
	}

	@Test
	void textTheFontCannotShowDoesNotStopAQuestionnaire() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.checklist());
		AssessmentRound round = TestRounds.round(document);
		round.setTitle("Ōtautahi check \u2713 \u6f22\u5b57 \ud83d\ude00");
		round.getRespondents().get(0).getPerson().setName("Анна Ngữ \u6f22\u5b57");
		Path file = TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("q.pdf"));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Ōtautahi check"), text);
			assertTrue(text.contains("Анна Ngữ"), text);
		}
		try (OutputStream out = Files.newOutputStream(folder.resolve("paper.pdf"))) {
			Questionnaires.printable(round, null, out);
		}
	}

	@Test
	void aRoundOutsideAPartnershipFileHasNoQuestionnaire() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.referralCheck());
		AssessmentRound round = TestRounds.round(document);
		AssessmentRound loose = EcoreUtil.copy(round);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Questionnaires.fillable(loose, null, OutputStream.nullOutputStream()));
		assertTrue(e.getMessage().contains("is not part of a partnership file"), e.getMessage());
	}

	@Test
	void theSampleRoundsAndRespondentsKeepTheirIdsFromOneReadingToTheNext() throws Exception {
		PartnershipDocument first = TestRounds.sample(folder.resolve("a"));
		PartnershipDocument second = TestRounds.sample(folder.resolve("b"));
		for (String title : List.of("Partnership checklist, first year", "Partnership checklist, one year on")) {
			AssessmentRound one = TestRounds.sampleRound(first, title);
			AssessmentRound other = TestRounds.sampleRound(second, title);
			assertEquals(ModelIds.of(one), ModelIds.of(other));
			assertEquals(one.getRespondents().stream().map(ModelIds::of).toList(), other.getRespondents().stream().map(ModelIds::of).toList());
			assertFalse(one.getRespondents().stream().map(ModelIds::of).anyMatch(id -> id.startsWith("_")), "ids written in the sample, not made up on reading");
		}
	}

	@Test
	void aFileNameSaysRoundAndRespondentInPlainLetters() throws Exception {
		PartnershipDocument document = TestRounds.partnership(TestRounds.checklist());
		AssessmentRound round = TestRounds.round(document);
		assertEquals("questionnaire-checked-in-the-first-year-amara-okafor.pdf", Questionnaires.fileName(round, round.getRespondents().get(0)));
		assertEquals("questionnaire-checked-in-the-first-year-blank.pdf", Questionnaires.fileName(round, null));
	}

	private static List<String> pageTexts(PDDocument pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.add(flat(stripper.getText(pdf)));
		}
		return pages;
	}

	private static String flat(String text) {
		return text.replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
	}
}
