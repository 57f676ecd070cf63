package org.hjp.workbench.stage.learning;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.core.stages.Checklist;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Review;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.learning.model.LearningPackage;
import org.osgi.service.component.annotations.Component;

/** The stage “Learning and evolving”. */
@Component(service = StageDescriptor.class)
public class LearningStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.learning";

	public LearningStage() {
		super(ID, "Learning and evolving",
				"Measures with baselines and targets, data over time, reviews of how the partners work together, and decisions to change course.",
				40, LearningPackage.Literals.LEARNING_PLAN);
	}

	@Override
	public String tabLabel() {
		return "Learning";
	}

	@Override
	public Completeness completeness(Partnership p) {
		LearningPlan plan = (LearningPlan) StageData.find(p, dataClass()).orElse(null);
		boolean measured = plan != null && !plan.getMeasures().isEmpty();
		return new Checklist()
				.check("Measures are chosen", measured)
				.check("Every measure has a baseline and a target", measured && plan.getMeasures().stream().allMatch(m -> m.getBaseline() != null && m.getTarget() != null))
				.check("Data is being collected", measured && plan.getMeasures().stream().anyMatch(m -> !m.getDataPoints().isEmpty()))
				.check("The partners have reviewed how they work together", plan != null && plan.getReviews().stream().anyMatch(r -> Checklist.written(r.getFindings())))
				.result();
	}

	/** Reviews entered with a date but no findings yet. */
	@Override
	public List<Commitment> commitments(Partnership p) {
		List<Commitment> commitments = new ArrayList<>();
		StageData.find(p, dataClass()).ifPresent(data -> {
			for (Review review : ((LearningPlan) data).getReviews()) {
				if (review.getDate() != null && !Checklist.written(review.getFindings())) {
					commitments.add(new Commitment(Commitment.day(review.getDate()), "Review of " + review.getArea().getName().toLowerCase(), review));
				}
			}
		});
		return commitments;
	}
}
