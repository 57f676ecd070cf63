package org.hjp.workbench.questionnaire.internal;

import java.util.List;

/** A domain's statements under its name. */
record Section(String name, String description, List<Statement> statements) {
}
