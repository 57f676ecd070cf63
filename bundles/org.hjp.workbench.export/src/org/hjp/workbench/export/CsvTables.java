package org.hjp.workbench.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.scoring.ResultsTable;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.core.editing.ValueFormat;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.learning.model.DataPoint;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsPackage;

/** The tables people paste into spreadsheets, in the layout of docs/csv-layout.md. */
public final class CsvTables {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	/** The tables, by the name that ends their file name. */
	public enum Table {
		NEEDS("needs"), ACTIVITIES("activities"), TRAINING_SESSIONS("training-sessions"), MEASURES("measures"), ASSESSMENT_RESULTS("assessment-results");

		public final String fileName;

		Table(String fileName) {
			this.fileName = fileName;
		}
	}

	private final AdapterFactory labels;
	private final InstrumentRegistry instruments;

	/** @param instruments the installed instruments, whose scoring hooks score rounds; null for the rules of each definition */
	public CsvTables(AdapterFactory labels, InstrumentRegistry instruments) {
		this.labels = labels;
		this.instruments = instruments;
	}

	/** Writes a table to {@code out}, which stays open: its owner closes it. */
	public void write(Table table, Partnership partnership, Writer out) throws IOException {
		print(table, rows(table, partnership), out);
	}

	/** Writes rows of a table, from one partnership or many, under one header; {@code out} stays open. */
	public static void print(Table table, List<List<String>> rows, Writer out) throws IOException {
		@SuppressWarnings("resource")
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header(table)).get());
		for (List<String> row : rows) {
			csv.printRecord(row.stream().map(CsvTables::notAFormula).toList());
		}
		csv.flush();
	}

	/**
	 * The cell, with a leading apostrophe when a spreadsheet would otherwise run it as a formula (it starts with
	 * =, +, -, @, a tab or a carriage return and is not a plain number): a name typed as "=HYPERLINK(...)" in one
	 * partnership must not become a live link, or worse, on the computer of whoever opens the roll-up.
	 */
	static String notAFormula(String cell) {
		if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return "'" + cell;
	}

	private static String[] header(Table table) {
		return switch (table) {
		case NEEDS -> new String[] { "partnership", "need", "kind", "legal problem type", "cohort", "priority", "baseline", "baseline date", "evidence", "evidence sources" };
		case ACTIVITIES -> new String[] { "partnership", "activity", "kind", "responsible partner", "status", "start date", "linked needs" };
		case TRAINING_SESSIONS -> new String[] { "partnership", "training", "direction", "audience", "date", "attendees", "minutes", "feedback" };
		case MEASURES -> new String[] { "partnership", "measure", "purpose", "unit", "baseline", "target", "collected by", "date", "value", "note" };
		case ASSESSMENT_RESULTS -> ResultsTable.HEADER.toArray(String[]::new);
		};
	}

	/** The rows of a table, for files and for tests. */
	public List<List<String>> rows(Table table, Partnership partnership) {
		List<List<String>> rows = new ArrayList<>();
		BiConsumer<EObject, Object[]> add = (owner, cells) -> {
			List<String> row = new ArrayList<>();
			row.add(text(partnership.getName()));
			for (Object cell : cells) {
				row.add(cell instanceof String s ? s : text(cell));
			}
			rows.add(row);
		};
		switch (table) {
		case NEEDS -> StageData.find(partnership, NeedsPackage.Literals.NEEDS_AND_GAPS).ifPresent(d -> {
			for (Need need : ((NeedsAndGaps) d).getNeeds()) {
				add.accept(need, new Object[] { need.getName(), choice(need, NeedsPackage.Literals.NEED__KIND), choice(need, NeedsPackage.Literals.NEED__LEGAL_PROBLEM_TYPE),
						name(need.getCohort()), choice(need, NeedsPackage.Literals.NEED__PRIORITY), need.getBaseline(), need.getBaselineDate(),
						String.valueOf(need.getEvidence().size()), String.join("; ", need.getEvidence().stream().map(Evidence::getSource).map(CsvTables::text).toList()) });
			}
		});
		case ACTIVITIES -> StageData.find(partnership, ActivitiesPackage.Literals.ACTIVITY_PLAN).ifPresent(d -> {
			for (Activity activity : ((ActivityPlan) d).getActivities()) {
				add.accept(activity, new Object[] { activity.getName(), ModelLabels.kindOf(labels, activity), name(activity.getResponsiblePartner()),
						choice(activity, ActivitiesPackage.Literals.ACTIVITY__STATUS), activity.getStartDate(),
						String.join("; ", activity.getLinkedNeeds().stream().map(this::name).toList()) });
			}
		});
		case TRAINING_SESSIONS -> StageData.find(partnership, ActivitiesPackage.Literals.ACTIVITY_PLAN).ifPresent(d -> {
			for (Activity activity : ((ActivityPlan) d).getActivities()) {
				if (activity instanceof Training training) {
					for (TrainingSession session : training.getSessions()) {
						add.accept(session, new Object[] { training.getName(), choice(training, ActivitiesPackage.Literals.TRAINING__DIRECTION), training.getAudience(),
								session.getDate(), String.valueOf(session.getAttendees()), session.getMinutes(), session.getFeedback() });
					}
				}
			}
		});
		case MEASURES -> StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN).ifPresent(d -> {
			for (Measure measure : ((LearningPlan) d).getMeasures()) {
				Object[] about = { measure.getName(), choice(measure, LearningPackage.Literals.MEASURE__PURPOSE), measure.getUnit(), measure.getBaseline(),
						measure.getTarget(), name(measure.getCollectedBy()) };
				if (measure.getDataPoints().isEmpty()) {
					add.accept(measure, concat(about, null, null, null));
				}
				for (DataPoint point : measure.getDataPoints()) {
					add.accept(point, concat(about, point.getDate(), point.getValue(), point.getNote()));
				}
			}
		});
		case ASSESSMENT_RESULTS -> StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN)
				.ifPresent(d -> rows.addAll(new ResultsTable(instruments).rows(text(partnership.getName()), ((LearningPlan) d).getAssessmentRounds())));
		}
		return rows;
	}

	private static Object[] concat(Object[] first, Object... more) {
		Object[] all = new Object[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	private String choice(EObject owner, EStructuralFeature feature) {
		return ModelLabels.valueOf(labels, owner, feature, owner.eGet(feature));
	}

	private String name(EObject linked) {
		return linked == null ? "" : ModelLabels.nameOf(labels, linked);
	}

	static String text(Object value) {
		return ValueFormat.format(value);
	}
}
