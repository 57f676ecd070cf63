package org.hjp.workbench.questionnaire;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.questionnaire.internal.QuestionnaireWriter;

/**
 * Questionnaires for an assessment round, for respondents who answer without the workbench. Each is an A4 PDF: the
 * instrument's name and instructions, the round's title, and every statement under its domain's name with the choices
 * of the statement's own scale (don't know and not applicable where that scale allows them).
 * <p>
 * A {@linkplain #fillable fillable} questionnaire has a radio-button group for each statement, whose export values are
 * the point values (D for don't know, N for not applicable); it names the respondent and their partner when written for
 * one, or has fields for them when blank; and it carries a hidden identifier of the round, the respondent and the
 * instrument's id and version, which {@link AnswerImport} reads back. A {@linkplain #printable printable} one has boxes
 * to tick instead.
 * <p>
 * The round must be in a partnership file (its xmi:id names it) and have a usable instrument; otherwise the methods
 * throw {@link IllegalArgumentException} with a sentence for the user.
 */
public final class Questionnaires {

	private Questionnaires() {
	}

	/**
	 * Writes a questionnaire to fill in on screen.
	 *
	 * @param respondent one of the round's respondents, or null for a blank questionnaire to hand out
	 */
	public static void fillable(AssessmentRound round, Respondent respondent, OutputStream out) throws IOException {
		QuestionnaireWriter.write(round, respondent, true, out);
	}

	/**
	 * Writes a questionnaire to print and fill in on paper.
	 *
	 * @param respondent one of the round's respondents, or null for a blank questionnaire to hand out
	 */
	public static void printable(AssessmentRound round, Respondent respondent, OutputStream out) throws IOException {
		QuestionnaireWriter.write(round, respondent, false, out);
	}

	/**
	 * A file name for a questionnaire, such as {@code questionnaire-first-year-amara-okafor.pdf}: the round's title and
	 * the respondent's name (or {@code blank}), in letters, digits and hyphens only.
	 */
	public static String fileName(AssessmentRound round, Respondent respondent) {
		String who = respondent == null ? "blank" : Rounds.who(respondent);
		return "questionnaire-" + roundName(round) + "-" + slug(who) + ".pdf";
	}

	/** The round's title in letters, digits and hyphens only, for names of files and folders. */
	public static String roundName(AssessmentRound round) {
		return slug(round.getTitle());
	}

	private static String slug(String text) {
		String slug = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "round" : slug;
	}
}
