package org.hjp.workbench.stage.activities;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.ActivitiesPackage.Literals;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;

/** The activities in documents: each activity with who does what, and each training's plan in full. */
@Component(service = StageDocuments.class)
public class ActivitiesDocuments implements StageDocuments {

	@Override
	public String stageId() {
		return ActivitiesStage.ID;
	}

	@Override
	public List<String> tableNames() {
		return ActivityTables.NAMES;
	}

	@Override
	public ReportSection section(Partnership partnership, Wording words) {
		List<Activity> activities = activities(partnership);
		if (activities.isEmpty()) {
			return null;
		}
		List<ReportBlock> blocks = new ArrayList<>();
		blocks.add(new ReportBlock.Table(List.of("Activity", "Kind", "Responsible", "Where it is at", "Meets the need"), activities.stream()
				.map(a -> List.of(text(a.getName(), ""), words.kind(a), words.name(a.getResponsiblePartner()), status(a, words), words.names(a.getLinkedNeeds())))
				.toList()));
		TrainingPlanText training = new TrainingPlanText(words);
		ActivityText other = new ActivityText(words);
		for (Activity activity : activities) {
			ReportBlock.Part part = activity instanceof Training t ? training.of(t) : other.of(activity);
			if (part != null) {
				blocks.add(part);
			}
		}
		return new ReportSection("What the partners do together", blocks);
	}

	/** The status, and the day it starts or started: "Underway since 4 March 2025". */
	static String status(Activity activity, Wording words) {
		String status = words.choice(activity, Literals.ACTIVITY__STATUS);
		if (activity.getStartDate() == null) {
			return status;
		}
		boolean started = !Commitment.day(activity.getStartDate()).isAfter(words.today());
		return status + (started ? " since " : ", to start ") + Wording.day(activity.getStartDate());
	}

	@Override
	public List<DataTable> tables(Partnership partnership, Wording words) {
		return new ActivityTables(words).of(activities(partnership));
	}

	static List<Activity> activities(Partnership partnership) {
		return StageData.find(partnership, ActivitiesPackage.Literals.ACTIVITY_PLAN).map(d -> (List<Activity>) ((ActivityPlan) d).getActivities()).orElse(List.of());
	}
}
