package org.hjp.workbench.stage.activities;

import java.time.LocalDate;

import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.stages.Commitment;

/**
 * Which training sessions documents count as held: those dated on or before the document's day with the people who
 * came recorded. The others are planned, as "Coming up" takes them: a later date, no date, or no one recorded yet.
 */
final class HeldSessions {

	private HeldSessions() {
	}

	static boolean held(TrainingSession session, LocalDate today) {
		LocalDate day = Commitment.day(session.getDate());
		return day != null && !day.isAfter(today) && session.getAttendees() > 0;
	}
}
