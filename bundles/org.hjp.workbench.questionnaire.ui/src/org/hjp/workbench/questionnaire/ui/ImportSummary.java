package org.hjp.workbench.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;

/** What an import did, in a sentence for the user once it is done. */
final class ImportSummary {

	private ImportSummary() {
	}

	static String of(ImportPlan plan, AssessmentRound round) {
		List<RespondentChange> changes = plan.files().stream().flatMap(f -> f.respondents().stream()).toList();
		long added = changes.stream().filter(c -> c.kind() == RespondentChange.Kind.NEW).count();
		long changed = changes.stream().filter(c -> c.kind() == RespondentChange.Kind.CHANGED).count();
		List<String> parts = new ArrayList<>();
		if (added > 0) {
			parts.add(added + (added == 1 ? " new respondent" : " new respondents") + " with their answers");
		}
		if (changed > 0) {
			parts.add("answers added or changed for " + changed + (changed == 1 ? " respondent" : " respondents"));
		}
		return "Imported into \u201c" + Wording.text(round.getTitle(), "the round") + "\u201d: " + String.join(", and ", parts) + ".\n\n"
				+ "Edit > Undo takes the whole import back. Save the partnership to keep it.";
	}
}
