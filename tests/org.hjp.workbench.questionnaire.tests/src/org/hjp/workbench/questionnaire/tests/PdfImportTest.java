package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.junit.jupiter.api.Test;

/** Filled questionnaires that are refused: for another round or instrument version, damaged, encrypted or hostile. */
class PdfImportTest extends ReferralCheckRound {

	@Test
	void aQuestionnaireOfAnotherRoundIsRefused() throws Exception {
		PartnershipDocument other = TestRounds.partnership(TestRounds.referralCheck());
		AssessmentRound otherRound = TestRounds.round(other);
		otherRound.setTitle("Checked again");
		Path file = TestRounds.fillable(otherRound, otherRound.getRespondents().get(0), folder.resolve("other.pdf"));
		refused(file, "The questionnaire other.pdf belongs to another assessment round (\u201cChecked again\u201d), not to \u201cChecked in the first year\u201d.");
	}

	@Test
	void aQuestionnaireOfAnotherInstrumentVersionIsRefused() throws Exception {
		Path file = TestRounds.fillable(round, null, folder.resolve("old.pdf"));
		round.getInstrument().setVersion("2.0");
		refused(file, "The questionnaire old.pdf was written for version 1.0 of the instrument org.example.referral-check; this round uses version 2.0 of org.example.referral-check.");
	}

	@Test
	void aQuestionnaireOfARespondentNoLongerInTheRoundIsRefused() throws Exception {
		Path file = TestRounds.fillable(round, round.getRespondents().get(1), folder.resolve("helen.pdf"));
		round.getRespondents().remove(1);
		refused(file, "The questionnaire helen.pdf was written for a respondent who is no longer in the round \u201cChecked in the first year\u201d.");
	}

	@Test
	void aValueOutsideTheScaleInAFilledQuestionnaireIsRefused() throws Exception {
		Path file = TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("amara.pdf"));
		Path changed = folder.resolve("changed.pdf");
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			// What a tool that writes field values without looking at the buttons could leave.
			pdf.getDocumentCatalog().getAcroForm().getField("making-4").getCOSObject().setName(org.apache.pdfbox.cos.COSName.V, "7");
			pdf.save(changed.toFile());
		}
		refused(changed, "The questionnaire changed.pdf, statement 4: \u201c7\u201d is not an answer to statement making-4, which is answered with 0 (No), 1 (Yes), or D for don't know.");
	}

	@Test
	void aPdfThatIsNoQuestionnaireIsRefused() throws Exception {
		Path file = folder.resolve("letter.pdf");
		try (PDDocument pdf = new PDDocument()) {
			pdf.addPage(new PDPage());
			pdf.save(file.toFile());
		}
		refused(file, "The file letter.pdf is not a questionnaire written by the workbench: it does not say which assessment round it belongs to.");
	}

	@Test
	void aFileNamedPdfThatIsNotOneIsRefused() throws Exception {
		Path file = Files.writeString(folder.resolve("answers.pdf"), "respondent,partner\n");
		refused(file, "The file answers.pdf is not a PDF, though its name ends in .pdf.");
		Path cut = folder.resolve("cut.pdf");
		byte[] whole = Files.readAllBytes(TestRounds.fillable(round, null, folder.resolve("whole.pdf")));
		Files.write(cut, java.util.Arrays.copyOf(whole, 2000));
		refused(cut, "The file cut.pdf cannot be read as a PDF: it may be damaged or cut short.");
	}

	@Test
	void anEncryptedOrPasswordProtectedQuestionnaireIsRefused() throws Exception {
		Path file = TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("amara.pdf"));
		refused(protect(file, "", folder.resolve("encrypted.pdf")), "The questionnaire encrypted.pdf is encrypted.");
		refused(protect(file, "secret", folder.resolve("locked.pdf")), "The questionnaire locked.pdf is protected by a password.");
	}

	@Test
	void aHugeFileIsRefusedUnread() throws Exception {
		Path huge = folder.resolve("huge.pdf");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			file.setLength(21L * 1024 * 1024);
		}
		refused(huge, "The file huge.pdf is larger than 20 MB, far larger than a questionnaire or a file of answers; it was not read.");
		Path hugeCsv = folder.resolve("huge.csv");
		try (RandomAccessFile file = new RandomAccessFile(hugeCsv.toFile(), "rw")) {
			file.setLength(11L * 1024 * 1024);
		}
		refused(hugeCsv, "The file huge.csv is larger than 10 MB, far larger than a file of answers; it was not read.");
	}

	@Test
	void aQuestionnaireFilledAndImportedTwiceChangesNothingTheSecondTime() throws Exception {
		Path file = AsAReader.fill(TestRounds.fillable(round, round.getRespondents().get(0), folder.resolve("amara.pdf")), Map.of("making-1", "3", "closing-3", "D"),
				folder.resolve("filled.pdf"));
		ImportPlan first = AnswerImport.plan(round, List.of(file));
		TestRounds.execute(document.editingDomain(), first.command(document.editingDomain()));
		ImportPlan second = AnswerImport.plan(round, List.of(file));
		assertEquals(List.of(), second.refusals());
		assertTrue(!second.changesAnything());
		assertEquals("Amara Okafor (" + TestRounds.LEGAL + "): nothing changes (2 answers the same).", second.files().get(0).respondents().get(0).describe());
	}

	private static Path protect(Path file, String userPassword, Path protectedFile) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			pdf.save(protectedFile.toFile());
		}
		return protectedFile;
	}
}
