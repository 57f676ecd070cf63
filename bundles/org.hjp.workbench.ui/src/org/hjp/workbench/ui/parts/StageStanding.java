package org.hjp.workbench.ui.parts;

import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageFacts;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.StageStatus;

/**
 * Where a stage stands, in one meaning wherever it shows: what its checklist has in place, and whether the user has
 * marked it done for now (their own judgement, shown as theirs, which the checklist does not change).
 */
record StageStanding(boolean started, Completeness completeness, boolean markedDone) {

	static final String DONE_FOR_NOW = "Done for now";

	static StageStanding of(StageDescriptor stage, Partnership partnership) {
		boolean started = stage.dataClass() == null || StageData.find(partnership, stage.dataClass()).isPresent();
		return new StageStanding(started, StageFacts.completeness(stage, partnership), isMarkedDone(stage, partnership));
	}

	static boolean isMarkedDone(StageDescriptor stage, Partnership partnership) {
		return partnership.getStageProgress().stream().filter(p -> stage.id().equals(p.getStageId())).map(StageProgress::getStatus)
				.anyMatch(StageStatus.DONE::equals);
	}

	/** What the checklist says: "not started", "3 of 5 in place", or nothing for a stage without a checklist. */
	String checklist() {
		if (!started) {
			return "not started";
		}
		return completeness.isKnown() ? inPlace() + " in place" : "";
	}

	/** "3 of 5": how many of the things the checklist asks for are in place. */
	private String inPlace() {
		return completeness.done().size() + " of " + (completeness.done().size() + completeness.missing().size());
	}

	/**
	 * The short form for a narrow list of stages: the checklist ("3 of 5", "Not started"), with a tick when the user has
	 * marked the stage done for now ("3 of 5 \u2713"), so that the numbers always mean the checklist and the tick the user.
	 */
	String brief() {
		String checklist = !started ? "Not started" : completeness.isKnown() ? inPlace() : "Started";
		return markedDone ? checklist + " \u2713" : checklist;
	}

	/** The whole of it in a sentence, for a tooltip. */
	String sentence() {
		String checklist = checklist();
		String state = checklist.isEmpty() ? "This stage has no checklist." : "Its checklist: " + checklist + ".";
		return markedDone ? "You marked this stage done for now. " + state : state;
	}
}
