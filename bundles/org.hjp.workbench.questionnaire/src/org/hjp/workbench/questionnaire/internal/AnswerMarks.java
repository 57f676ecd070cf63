package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where a questionnaire's reader marks an answer: form fields on screen, boxes and lines on paper. */
interface AnswerMarks {

	/** The size of the square a choice's mark fills. */
	float BOX = 12;

	/** A box where it was laid out. */
	record Placed(PDPage page, PDRectangle box) {
	}

	/** Called for each box as it is laid out, while its page is being written. */
	void box(PDPageContentStream content, PDRectangle box) throws IOException;

	/** The marks for a statement's choices, one box each in the order of {@code statement.choices()}. */
	void choices(Statement statement, List<Placed> boxes) throws IOException;

	/** One box for each partner organisation, to choose the one answered for. */
	void partners(List<String> partners, List<Placed> boxes) throws IOException;

	/** Room to write a line of text, such as who answers. */
	void text(PDPage page, PDPageContentStream content, String fieldName, String description, PDRectangle area) throws IOException;

	/** What the whole document needs once its pages are written. */
	void finish(QuestionnaireContent questionnaire) throws IOException;

	/** The sentence that says how to answer. */
	String howToAnswer();

	/** The sentence after the last statement, saying what to do with the answers. */
	String lastWords();
}
