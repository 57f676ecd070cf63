package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.export.ServiceLoaderMediator;

/** Writes a questionnaire's PDF, with form fields or with boxes for paper. */
public final class QuestionnaireWriter {

	private QuestionnaireWriter() {
	}

	public static void write(AssessmentRound round, Respondent respondent, boolean fillable, OutputStream out) throws IOException {
		// PDFBox logs through the Log4j API, whose provider is found through the ServiceLoader mediator.
		ServiceLoaderMediator.ensureStarted();
		QuestionnaireContent questionnaire = QuestionnaireContent.of(round, respondent);
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(questionnaire.instrument().getName() + " \u2013 " + questionnaire.roundTitle());
			info.setSubject(questionnaire.blank() ? "Questionnaire" : "Questionnaire for " + questionnaire.respondent());
			info.setCreator("HJP Workbench");
			info.setCreationDate(Calendar.getInstance());
			Pages pages = new Pages(document, QuestionnaireFonts.load(document));
			new QuestionnaireLayout(pages, fillable ? new FormMarks(document) : new PaperMarks()).write(questionnaire);
			document.save(out);
		}
	}
}
