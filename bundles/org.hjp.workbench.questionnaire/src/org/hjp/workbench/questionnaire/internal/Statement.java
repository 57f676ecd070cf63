package org.hjp.workbench.questionnaire.internal;

import java.util.List;

import org.hjp.workbench.assessment.model.Item;

/** A statement as a questionnaire shows it: its number, its form field's name and the choices of its own scale. */
public record Statement(int number, Item item, String fieldName, List<Choice> choices) {
}
