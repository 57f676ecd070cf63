package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A questionnaire for paper: an empty square to tick for each choice and a line to write on. */
final class PaperMarks implements AnswerMarks {

	@Override
	public void box(PDPageContentStream content, PDRectangle box) throws IOException {
		content.setStrokingColor(0.15f);
		content.setLineWidth(0.9f);
		content.addRect(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
		content.stroke();
	}

	@Override
	public void choices(Statement statement, List<Placed> boxes) {
		// The boxes are drawn as they are laid out; paper needs nothing more.
	}

	@Override
	public void partners(List<String> partners, List<Placed> boxes) {
		// As for choices.
	}

	@Override
	public void text(PDPage page, PDPageContentStream content, String fieldName, String description, PDRectangle area) throws IOException {
		content.setStrokingColor(0.15f);
		content.setLineWidth(0.7f);
		content.moveTo(area.getLowerLeftX(), area.getLowerLeftY());
		content.lineTo(area.getUpperRightX(), area.getLowerLeftY());
		content.stroke();
	}

	@Override
	public void finish(QuestionnaireContent questionnaire) {
		// Paper carries no fields.
	}

	@Override
	public String howToAnswer() {
		return "Tick one box for each statement.";
	}

	@Override
	public String lastWords() {
		return "Thank you. Give or send this questionnaire back to the person who gave it to you.";
	}
}
