package org.hjp.workbench.core.stages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.model.Partnership;

/**
 * What the stages say about a partnership, asked so that a stage from a plug-in that fails is logged and left
 * out rather than taking the overview or a report down with it.
 */
public final class StageFacts {

	/** How far back a commitment not yet done is still shown, as overdue; older ones are taken as dropped. */
	public static final int OVERDUE_DAYS = 31;

	private StageFacts() {
	}

	/** The stage's completeness, or {@link Completeness#UNKNOWN} if it fails to say. */
	public static Completeness completeness(StageDescriptor stage, Partnership partnership) {
		try {
			return stage.completeness(partnership);
		} catch (RuntimeException e) {
			ILog.of(StageFacts.class).error("The stage " + stage.id() + " failed to say how complete it is", e);
			return Completeness.UNKNOWN;
		}
	}

	/** Every stage's commitments dated from {@code from} to {@code to}, both included, soonest first. */
	public static List<Commitment> commitments(List<StageDescriptor> stages, Partnership partnership, LocalDate from, LocalDate to) {
		List<Commitment> due = new ArrayList<>();
		for (StageDescriptor stage : stages) {
			try {
				stage.commitments(partnership).stream().filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to)).forEach(due::add);
			} catch (RuntimeException e) {
				ILog.of(StageFacts.class).error("The stage " + stage.id() + " failed to list what is coming up", e);
			}
		}
		due.sort(Comparator.comparing(Commitment::date));
		return due;
	}
}
