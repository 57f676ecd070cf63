package org.hjp.workbench.stage.learning;

import static org.hjp.workbench.core.documents.Wording.text;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.ChangeStrategy;
import org.hjp.workbench.learning.model.DataPoint;
import org.hjp.workbench.learning.model.LearningPackage.Literals;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.learning.model.Review;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;

/**
 * The learning plan in documents: the measures with their latest value, the reviews and the changes decided. The
 * assessment rounds are the report's own section, drawn with the partners' scores side by side.
 */
@Component(service = StageDocuments.class)
public class LearningDocuments implements StageDocuments {

	@Override
	public String stageId() {
		return LearningStage.ID;
	}

	@Override
	public List<String> tableNames() {
		return List.of("measures", "reviews", "change-strategies");
	}

	@Override
	public ReportSection section(Partnership partnership, Wording words) {
		LearningPlan plan = data(partnership);
		if (plan == null || plan.getMeasures().isEmpty() && plan.getReviews().isEmpty() && plan.getChangeStrategies().isEmpty()) {
			return null;
		}
		List<ReportBlock> blocks = new ArrayList<>();
		if (!plan.getMeasures().isEmpty()) {
			blocks.add(new ReportBlock.Table(List.of("Measure", "What for", "Unit", "Baseline", "Target", "Latest", "Collected by"), plan.getMeasures().stream()
					.map(m -> List.of(text(m.getName(), ""), words.choice(m, Literals.MEASURE__PURPOSE), text(m.getUnit(), ""),
							m.getBaseline() == null ? "None" : Wording.number(m.getBaseline()), m.getTarget() == null ? "None" : Wording.number(m.getTarget()),
							latest(m), words.name(m.getCollectedBy())))
					.toList()));
		}
		if (!plan.getReviews().isEmpty()) {
			blocks.add(new ReportBlock.Part("Reviews", List.of(new ReportBlock.Table(List.of("Date", "Looked at", "What was found", "What will change"),
					plan.getReviews().stream().map(r -> List.of(Wording.day(r.getDate()), words.choice(r, Literals.REVIEW__AREA), text(r.getFindings(), ""),
							text(r.getActions(), ""))).toList()))));
		}
		if (!plan.getChangeStrategies().isEmpty()) {
			blocks.add(new ReportBlock.Part("Changes decided", List.of(new ReportBlock.Table(List.of("Decided on", "Change", "What"),
					plan.getChangeStrategies().stream().map(c -> List.of(Wording.day(c.getDecidedOn()), words.choice(c, Literals.CHANGE_STRATEGY__KIND),
							text(c.getDescription(), ""))).toList()))));
		}
		return new ReportSection("Learning and evolving", blocks);
	}

	private static String latest(Measure m) {
		if (m.getDataPoints().isEmpty()) {
			return "No data yet";
		}
		DataPoint last = m.getDataPoints().get(m.getDataPoints().size() - 1);
		return Wording.number(last.getValue()) + " (" + Wording.day(last.getDate()) + ")";
	}

	@Override
	public List<DataTable> tables(Partnership partnership, Wording words) {
		LearningPlan plan = data(partnership);
		List<PointOf> points = new ArrayList<>();
		for (Measure measure : plan == null ? List.<Measure>of() : plan.getMeasures()) {
			if (measure.getDataPoints().isEmpty()) {
				points.add(new PointOf(measure, null));
			}
			measure.getDataPoints().forEach(p -> points.add(new PointOf(measure, p)));
		}
		return List.of(DataTable.of("measures", points)
				.column("measure", p -> p.measure().getName()).column("purpose", p -> words.choice(p.measure(), Literals.MEASURE__PURPOSE))
				.column("unit", p -> p.measure().getUnit()).column("baseline", p -> p.measure().getBaseline()).column("target", p -> p.measure().getTarget())
				.column("collected by", p -> words.name(p.measure().getCollectedBy())).column("date", p -> p.point() == null ? null : p.point().getDate())
				.column("value", p -> p.point() == null ? null : p.point().getValue()).column("note", p -> p.point() == null ? null : p.point().getNote())
				.column("description", p -> p.measure().getDescription()).column("need", p -> words.name(p.measure().getNeed()))
				.column("activity", p -> words.name(p.measure().getActivity())).table(),
				DataTable.of("reviews", plan == null ? List.<Review>of() : plan.getReviews())
						.column("date", Review::getDate).column("area", r -> words.choice(r, Literals.REVIEW__AREA)).column("findings", Review::getFindings)
						.column("actions", Review::getActions).table(),
				DataTable.of("change-strategies", plan == null ? List.<ChangeStrategy>of() : plan.getChangeStrategies())
						.column("decided on", ChangeStrategy::getDecidedOn).column("kind", c -> words.choice(c, Literals.CHANGE_STRATEGY__KIND))
						.column("description", ChangeStrategy::getDescription).table());
	}

	private static LearningPlan data(Partnership partnership) {
		return (LearningPlan) StageData.find(partnership, Literals.LEARNING_PLAN).orElse(null);
	}

	/** A row of the measures table: a data point of a measure, or none for a measure without data. */
	private record PointOf(Measure measure, DataPoint point) {
	}
}
