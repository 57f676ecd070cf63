package org.hjp.workbench.stage.activities;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.CareCoordination;
import org.hjp.workbench.activities.model.EmbeddedLegalHelp;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.SecondaryConsultation;
import org.hjp.workbench.activities.model.SystemicAdvocacy;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportBlock.Answer;
import org.hjp.workbench.core.documents.Wording;

/** An activity other than training in a report: what it is and what its kind records; who is responsible and its status are in the activities' table. */
final class ActivityText {

	private final Wording words;

	ActivityText(Wording words) {
		this.words = words;
	}

	/** The activity's part of the report, or null when nothing is recorded beyond the activities' table. */
	ReportBlock.Part of(Activity activity) {
		List<Answer> answers = new ArrayList<>();
		add(answers, "What it is", activity.getDescription());
		switch (activity) {
		case EmbeddedLegalHelp help -> {
			add(answers, "Where the lawyer sits", help.getLocation());
			add(answers, "Hours a week", Wording.number(help.getHoursPerWeek()));
		}
		case ReferralPathway pathway -> {
			answers.add(new Answer("Who refers to whom", text(words.name(pathway.getFromPartner()), "?") + " to " + text(words.name(pathway.getToPartner()), "?")
					+ (pathway.isWarmReferral() ? ", as a warm referral (the person is introduced)." : ", not as a warm referral.")));
			add(answers, "Screening questions", pathway.getScreeningQuestions());
		}
		case SecondaryConsultation consultation -> add(answers, "How staff ask the lawyer", consultation.getHowToAsk());
		case CareCoordination coordination -> add(answers, "How the partners work on a person's care", coordination.getArrangement());
		case SystemicAdvocacy advocacy -> {
			add(answers, "The issue", advocacy.getIssue());
			add(answers, "Who it is addressed to", advocacy.getAudience());
		}
		default -> {
			// An activity kind from a plug-in's model: its own fields are not known here.
		}
		}
		return answers.isEmpty() ? null : new ReportBlock.Part(words.kind(activity) + ": " + text(activity.getName(), "without a name"), List.of(new ReportBlock.Answers(answers)));
	}

	private static void add(List<Answer> answers, String question, String answer) {
		if (!text(answer, "").isEmpty()) {
			answers.add(new Answer(question, answer));
		}
	}
}
