package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > Questionnaires: a zip with, for each round, blank questionnaires and one named for each respondent. */
class QuestionnairesExportTest {

	@TempDir
	Path folder;

	@Test
	void theSampleGivesEachRoundABlankAPrintableAndOneQuestionnaireForEachRespondent() throws Exception {
		PartnershipDocument sample = TestRounds.sample(folder);
		Path zip = export(sample).get(0);
		assertEquals(folder.resolve("out/riverbend-questionnaires.zip"), zip);
		Map<String, byte[]> entries = unzip(zip);
		List<String> firstYear = entries.keySet().stream().filter(n -> n.startsWith("partnership-checklist-first-year/")).toList();
		assertEquals(2 + 5, firstYear.size(), entries.keySet().toString());
		assertTrue(firstYear.contains("partnership-checklist-first-year/questionnaire-partnership-checklist-first-year-blank.pdf"), firstYear.toString());
		assertTrue(firstYear.contains("partnership-checklist-first-year/questionnaire-partnership-checklist-first-year-blank-to-print.pdf"), firstYear.toString());
		assertTrue(firstYear.contains("partnership-checklist-first-year/questionnaire-partnership-checklist-first-year-amara-okafor.pdf"), firstYear.toString());
		assertEquals(2 + 4, entries.keySet().stream().filter(n -> n.startsWith("partnership-checklist-one-year-on/")).count(), entries.keySet().toString());
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			try (PDDocument pdf = Loader.loadPDF(entry.getValue())) {
				boolean toPrint = entry.getKey().endsWith("-to-print.pdf");
				assertEquals(toPrint, pdf.getDocumentCatalog().getAcroForm() == null || pdf.getDocumentCatalog().getAcroForm().getFields().isEmpty(), entry.getKey());
			}
		}
	}

	@Test
	void aRespondentsQuestionnaireFromTheZipComesBackToThatRespondent() throws Exception {
		PartnershipDocument sample = TestRounds.sample(folder);
		Map<String, byte[]> entries = unzip(export(sample).get(0));
		Path amara = Files.write(folder.resolve("amara.pdf"), entries.get("partnership-checklist-one-year-on/questionnaire-partnership-checklist-one-year-on-amara-okafor.pdf"));
		AssessmentRound round = TestRounds.sampleRound(sample, "Partnership checklist, one year on");
		String before = answer(round, "purpose-1");
		String changed = before.equals("1") ? "2" : "1";
		Path filled = AsAReader.fill(amara, Map.of("purpose-1", changed), folder.resolve("amara-filled.pdf"));
		ImportPlan plan = AnswerImport.plan(round, List.of(filled));
		assertFalse(plan.refused(), plan.refusals().toString());
		RespondentChange change = plan.files().get(0).respondents().get(0);
		assertEquals(RespondentChange.Kind.CHANGED, change.kind(), change.describe());
		assertEquals(round.getRespondents().get(0), change.existing());
		assertEquals(List.of("purpose-1"), change.changes().stream().map(c -> c.statement()).toList());
	}

	@Test
	void aPartnershipWithoutRoundsIsToldSoAndNoFileIsWritten() throws Exception {
		PartnershipDocument empty = TestRounds.partnership(null);
		Files.createDirectories(folder.resolve("out"));
		IOException e = assertThrows(IOException.class, () -> exporter().write(empty.resource(), folder.resolve("out"), "empty"));
		assertTrue(e.getMessage().contains("no assessment round with an instrument"), e.getMessage());
		assertFalse(Files.exists(folder.resolve("out/empty-questionnaires.zip")));
	}

	private static String answer(AssessmentRound round, String statement) {
		return round.getRespondents().get(0).getAnswers().stream().filter(a -> statement.equals(a.getItem())).map(a -> String.valueOf(a.getValue())).findFirst()
				.orElse("");
	}

	private List<Path> export(PartnershipDocument document) throws Exception {
		Path out = Files.createDirectories(folder.resolve("out"));
		return exporter().write(document.resource(), out, "riverbend");
	}

	private static Exporter exporter() throws InterruptedException {
		Exporter exporter = Services.exporter("questionnaires");
		assertNotNull(exporter);
		return exporter;
	}

	private static Map<String, byte[]> unzip(Path zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
