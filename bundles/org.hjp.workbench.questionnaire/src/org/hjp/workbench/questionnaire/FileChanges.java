package org.hjp.workbench.questionnaire;

import java.nio.file.Path;
import java.util.List;

/** What one file of an import does: for each respondent it holds, what changes. */
public record FileChanges(Path file, List<RespondentChange> respondents) {
}
