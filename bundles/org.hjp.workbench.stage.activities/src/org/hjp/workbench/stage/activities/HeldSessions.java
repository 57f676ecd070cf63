package org.hjp.workbench.stage.activities;

import java.time.LocalDate;

import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.stages.Commitment;

/** Which training sessions documents count as held: those dated on or before the document's day. The others, with a later date or none, are planned. */
final class HeldSessions {

	private HeldSessions() {
	}

	static boolean held(TrainingSession session, LocalDate today) {
		LocalDate day = Commitment.day(session.getDate());
		return day != null && !day.isAfter(today);
	}
}
