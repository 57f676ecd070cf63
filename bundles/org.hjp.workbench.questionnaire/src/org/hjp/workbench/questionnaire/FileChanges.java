package org.hjp.workbench.questionnaire;

import java.nio.file.Path;
import java.util.List;

/** What one file of an import does: for each respondent it holds, what changes; the file is null for answers given elsewhere (AnswerImport#plan by name). */
public record FileChanges(Path file, List<RespondentChange> respondents) {
}
