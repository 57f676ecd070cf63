package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hjp.workbench.assessment.model.Instrument;

/**
 * Lays a questionnaire out on A4 pages: the instrument and round, who answers, the instructions, then each domain's
 * statements, every statement kept on one page with its choices in columns under it, each choice's label beneath its
 * box.
 */
final class QuestionnaireLayout {

	private static final float TEXT = 11;
	private static final float LABEL = 8.5f;
	private static final float LABEL_LEADING = 10.5f;
	private static final float NUMBER_WIDTH = 24;
	private static final float MIN_COLUMN = 56;
	private static final float MAX_COLUMN = 92;
	private static final float STATEMENT_GAP = 16;

	private final Pages pages;
	private final QuestionnaireFonts fonts;
	private final AnswerMarks marks;

	QuestionnaireLayout(Pages pages, AnswerMarks marks) {
		this.pages = pages;
		this.fonts = pages.fonts;
		this.marks = marks;
	}

	void write(QuestionnaireContent questionnaire) throws IOException {
		header(questionnaire);
		respondent(questionnaire);
		instructions(questionnaire.instrument());
		for (Section section : questionnaire.sections()) {
			section(section);
		}
		pages.down(4);
		pages.paragraph(marks.lastWords(), fonts.bold, TEXT, Pages.BLACK, 0);
		marks.finish(questionnaire);
		// Named on every page, so that loose printed pages find their way back together.
		String who = questionnaire.blank() ? "" : " \u2013 " + questionnaire.respondent();
		pages.finish(questionnaire.roundTitle() + " \u2013 " + questionnaire.instrument().getName() + who);
	}

	private void header(QuestionnaireContent questionnaire) throws IOException {
		Instrument instrument = questionnaire.instrument();
		pages.paragraph(instrument.getName(), fonts.bold, 18, Pages.BLACK, 0);
		pages.down(2);
		pages.paragraph(questionnaire.roundTitle(), fonts.regular, 13, Pages.BLACK, 0);
		String publisher = instrument.getPublisher() == null || instrument.getPublisher().isBlank() ? "" : " by " + instrument.getPublisher();
		pages.paragraph("Questionnaire version " + instrument.getVersion() + publisher, fonts.regular, 9, Pages.GREY, 0);
		pages.down(12);
	}

	private void respondent(QuestionnaireContent questionnaire) throws IOException {
		if (!questionnaire.blank()) {
			String partner = questionnaire.partner() == null ? "" : ", for " + questionnaire.partner();
			pages.paragraph("Answered by " + questionnaire.respondent() + partner, fonts.bold, TEXT, Pages.BLACK, 0);
			pages.down(10);
			return;
		}
		float fieldHeight = 18;
		pages.keep(fieldHeight + 30);
		pages.line("Your name", fonts.bold, TEXT, Pages.BLACK, Pages.LEFT, TEXT + 4);
		float x = Pages.LEFT + 110;
		PDRectangle area = new PDRectangle(x, pages.y() - fieldHeight, Pages.RIGHT - x, fieldHeight);
		marks.text(pages.page(), pages.content(), StatementFields.RESPONDENT, "Your name, or a name such as Respondent A if you answer anonymously", area);
		pages.down(fieldHeight + 4);
		pages.paragraph("or a name such as Respondent A, if you answer anonymously", fonts.regular, 8.5f, Pages.GREY, 110);
		pages.down(8);
		if (questionnaire.partners().isEmpty()) {
			pages.line("Your organisation", fonts.bold, TEXT, Pages.BLACK, Pages.LEFT, TEXT + 4);
			area = new PDRectangle(x, pages.y() - fieldHeight, Pages.RIGHT - x, fieldHeight);
			marks.text(pages.page(), pages.content(), StatementFields.PARTNER, "The partner organisation you answer for", area);
			pages.down(fieldHeight + 14);
			return;
		}
		pages.keep(20 * questionnaire.partners().size() + 10);
		pages.line("You answer for", fonts.bold, TEXT, Pages.BLACK, Pages.LEFT, TEXT + 1);
		List<AnswerMarks.Placed> boxes = new ArrayList<>();
		for (String partner : questionnaire.partners()) {
			boxes.add(place(x));
			pages.line(fonts.showable(partner), fonts.regular, TEXT, Pages.BLACK, x + AnswerMarks.BOX + 6, TEXT - 0.5f);
			pages.down(20);
		}
		marks.partners(questionnaire.partners(), boxes);
		pages.down(6);
	}

	/** A box whose top is the current line, laid out now. */
	private AnswerMarks.Placed place(float x) throws IOException {
		PDRectangle box = new PDRectangle(x, pages.y() - AnswerMarks.BOX, AnswerMarks.BOX, AnswerMarks.BOX);
		marks.box(pages.content(), box);
		return new AnswerMarks.Placed(pages.page(), box);
	}

	private void instructions(Instrument instrument) throws IOException {
		if (instrument.getInstructions() != null && !instrument.getInstructions().isBlank()) {
			pages.paragraph(instrument.getInstructions(), fonts.regular, TEXT, Pages.BLACK, 0);
			pages.down(6);
		}
		pages.paragraph(marks.howToAnswer(), fonts.regular, TEXT, Pages.BLACK, 0);
		pages.down(14);
	}

	private void section(Section section) throws IOException {
		List<String> heading = TextLines.wrap(fonts.showable(section.name()), fonts.bold, 13, Pages.width());
		List<String> description = section.description() == null ? List.of()
				: fonts.showableParagraphs(section.description()).stream().flatMap(p -> TextLines.wrap(p, fonts.regular, 9.5f, Pages.width()).stream()).toList();
		float headingHeight = heading.size() * 17 + description.size() * 13 + 10;
		StatementBlock first = new StatementBlock(section.statements().get(0));
		pages.keep(Math.min(headingHeight + first.height(), Pages.bodyHeight()));
		for (String line : heading) {
			pages.line(line, fonts.bold, 13, Pages.BLACK, Pages.LEFT, 13);
			pages.down(17);
		}
		for (String line : description) {
			pages.line(line, fonts.regular, 9.5f, Pages.GREY, Pages.LEFT, 9.5f);
			pages.down(13);
		}
		pages.down(10);
		for (Statement statement : section.statements()) {
			new StatementBlock(statement).write();
		}
		pages.down(6);
	}

	/** A statement's text and choices, measured before it is written so that it is kept on one page. */
	private final class StatementBlock {

		private final Statement statement;
		private final List<String> lines;
		private final int perRow;
		private final float column;
		private final List<List<String>> labels = new ArrayList<>();

		StatementBlock(Statement statement) {
			this.statement = statement;
			PDFont font = fonts.regular;
			float textWidth = Pages.width() - NUMBER_WIDTH;
			lines = TextLines.wrap(fonts.showable(statement.item().getText()), font, TEXT, textWidth);
			int count = statement.choices().size();
			perRow = Math.max(1, Math.min(count, (int) (textWidth / MIN_COLUMN)));
			column = Math.min(MAX_COLUMN, textWidth / perRow);
			for (Choice choice : statement.choices()) {
				labels.add(TextLines.wrap(fonts.showable(choice.label()), font, LABEL, column - 6));
			}
		}

		private float textHeight() {
			return lines.size() * TEXT * 1.35f + 6;
		}

		private float rowHeight(int row) {
			int most = 1;
			for (int i = row * perRow; i < Math.min(labels.size(), (row + 1) * perRow); i++) {
				most = Math.max(most, labels.get(i).size());
			}
			return AnswerMarks.BOX + 4 + most * LABEL_LEADING + 6;
		}

		private int rows() {
			return (labels.size() + perRow - 1) / perRow;
		}

		private float choicesHeight() {
			float height = 0;
			for (int row = 0; row < rows(); row++) {
				height += rowHeight(row);
			}
			return height;
		}

		float height() {
			return textHeight() + choicesHeight() + STATEMENT_GAP;
		}

		void write() throws IOException {
			pages.keep(Math.min(height(), Pages.bodyHeight()));
			pages.line(statement.number() + ".", fonts.bold, TEXT, Pages.BLACK, Pages.LEFT, TEXT);
			pages.paragraph(String.join(" ", lines), fonts.regular, TEXT, Pages.BLACK, NUMBER_WIDTH);
			pages.down(6);
			pages.keep(choicesHeight());
			List<AnswerMarks.Placed> boxes = new ArrayList<>();
			for (int row = 0; row < rows(); row++) {
				pages.keep(rowHeight(row));
				for (int i = row * perRow; i < Math.min(labels.size(), (row + 1) * perRow); i++) {
					float left = Pages.LEFT + NUMBER_WIDTH + (i - row * perRow) * column;
					float centre = left + column / 2;
					boxes.add(place(centre - AnswerMarks.BOX / 2));
					float baseline = AnswerMarks.BOX + 4 + LABEL;
					for (String label : labels.get(i)) {
						float width = TextLines.width(label, fonts.regular, LABEL);
						pages.line(label, fonts.regular, LABEL, Pages.BLACK, centre - width / 2, baseline);
						baseline += LABEL_LEADING;
					}
				}
				pages.down(rowHeight(row));
			}
			marks.choices(statement, boxes);
			pages.down(STATEMENT_GAP);
		}
	}
}
