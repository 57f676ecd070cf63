package org.hjp.workbench.questionnaire.internal;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.ScalePoint;

/**
 * One answer a statement can be given: a point of its scale, don't know or not applicable. {@code code} is how the
 * answer is written in a form field's export value and in a CSV cell: the point's value, D or N.
 */
public record Choice(String code, String label, AnswerKind kind, int value) {

	public static final String DONT_KNOW = "D";
	public static final String NOT_APPLICABLE = "N";

	/** The choices of a scale in order: its points, then don't know and not applicable where the scale allows them. */
	public static List<Choice> of(ResponseScale scale) {
		List<Choice> choices = new ArrayList<>();
		for (ScalePoint point : scale.getPoints()) {
			choices.add(new Choice(Integer.toString(point.getValue()), point.getLabel(), AnswerKind.POINT, point.getValue()));
		}
		if (scale.isDontKnow()) {
			choices.add(new Choice(DONT_KNOW, "Don't know", AnswerKind.DONT_KNOW, 0));
		}
		if (scale.isNotApplicable()) {
			choices.add(new Choice(NOT_APPLICABLE, "Not applicable", AnswerKind.NOT_APPLICABLE, 0));
		}
		return choices;
	}
}
