package org.hjp.workbench.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsPackage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What a network of partnerships reports, counted over many partnerships: settings, partner types, models,
 * status, cohorts, legal problem types, activity kinds, training sessions and attendees.
 */
public final class NetworkRollup {

	private final AdapterFactory labels;
	private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
	private int partnerships;
	private int cohorts;
	private int sessions;
	private int attendees;

	public NetworkRollup(AdapterFactory labels) {
		this.labels = labels;
	}

	public void add(Partnership partnership) {
		partnerships++;
		count("status", partnership, PartnershipPackage.Literals.PARTNERSHIP__STATUS);
		count("setting", partnership, PartnershipPackage.Literals.PARTNERSHIP__SETTING);
		count("model", partnership, PartnershipPackage.Literals.PARTNERSHIP__MODEL);
		for (Organisation organisation : partnership.getOrganisations()) {
			if (organisation.getSector() == Sector.LEGAL) {
				count("legal partner type", organisation, PartnershipPackage.Literals.ORGANISATION__TYPE);
			} else if (organisation.getSector() == Sector.HEALTH) {
				count("health partner type", organisation, PartnershipPackage.Literals.ORGANISATION__TYPE);
			}
		}
		cohorts += partnership.getCohorts().size();
		StageData.find(partnership, NeedsPackage.Literals.NEEDS_AND_GAPS).ifPresent(data -> {
			for (Need need : ((NeedsAndGaps) data).getNeeds()) {
				count("legal problem type", need, NeedsPackage.Literals.NEED__LEGAL_PROBLEM_TYPE);
			}
		});
		StageData.find(partnership, ActivitiesPackage.Literals.ACTIVITY_PLAN).ifPresent(data -> {
			for (Activity activity : ((ActivityPlan) data).getActivities()) {
				increment("activity kind", ModelLabels.kindOf(labels, activity));
				if (activity instanceof Training training) {
					for (TrainingSession session : training.getSessions()) {
						sessions++;
						attendees += session.getAttendees();
					}
				}
			}
		});
	}

	/**
	 * Adds a count worked out elsewhere (by a shared repository's database) from the values as a partnership file
	 * writes them: enumeration literals by name, activity kinds by class name. A total's value is empty. Values this
	 * workbench does not know (a kind of activity of a plug-in it does not have) are left out, as they are when files
	 * are counted.
	 */
	public void addCounted(String category, String written, int count) {
		switch (category) {
		case "partnerships" -> partnerships += count;
		case "cohorts" -> cohorts += count;
		case "training sessions" -> sessions += count;
		case "training attendees" -> attendees += count;
		case "status" -> countWritten(category, PartnershipPackage.Literals.PARTNERSHIP__STATUS, written, count);
		case "setting" -> countWritten(category, PartnershipPackage.Literals.PARTNERSHIP__SETTING, written, count);
		case "model" -> countWritten(category, PartnershipPackage.Literals.PARTNERSHIP__MODEL, written, count);
		case "legal partner type", "health partner type" -> countWritten(category, PartnershipPackage.Literals.ORGANISATION__TYPE, written, count);
		case "legal problem type" -> countWritten(category, NeedsPackage.Literals.NEED__LEGAL_PROBLEM_TYPE, written, count);
		case "activity kind" -> {
			if (ActivitiesPackage.eINSTANCE.getEClassifier(written) instanceof EClass kind && ActivitiesPackage.Literals.ACTIVITY.isSuperTypeOf(kind)
					&& !kind.isAbstract()) {
				add(category, ModelLabels.kindOf(labels, EcoreUtil.create(kind)), count);
			}
		}
		default -> {
			// a category of a later workbench: not one this one reports
		}
		}
	}

	private void countWritten(String category, EAttribute feature, String literal, int count) {
		if (feature.getEAttributeType() instanceof EEnum type && type.getEEnumLiteral(literal) != null) {
			EObject owner = EcoreUtil.create(feature.getEContainingClass());
			add(category, ModelLabels.valueOf(labels, owner, feature, type.getEEnumLiteral(literal).getInstance()), count);
		}
	}

	private void add(String category, String value, int count) {
		counts.computeIfAbsent(category, c -> new TreeMap<>()).merge(value, count, Integer::sum);
	}

	private void count(String category, EObject owner, EStructuralFeature feature) {
		increment(category, ModelLabels.valueOf(labels, owner, feature, owner.eGet(feature)));
	}

	private void increment(String category, String value) {
		add(category, value, 1);
	}

	/** One row per count: category, value (empty for totals), count. */
	public void writeCsv(Writer out) throws IOException {
		@SuppressWarnings("resource")
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("category", "value", "count").get());
		csv.printRecord("partnerships", "", partnerships);
		csv.printRecord("cohorts", "", cohorts);
		csv.printRecord("training sessions", "", sessions);
		csv.printRecord("training attendees", "", attendees);
		for (Map.Entry<String, Map<String, Integer>> category : counts.entrySet()) {
			for (Map.Entry<String, Integer> value : category.getValue().entrySet()) {
				csv.printRecord(category.getKey(), value.getKey(), value.getValue());
			}
		}
		csv.flush();
	}

	/** The same counts as one JSON object: totals as numbers, categories as objects of counts. */
	public void writeJson(Writer out) throws IOException {
		Map<String, Object> json = new TreeMap<>();
		json.put("partnerships", partnerships);
		json.put("cohorts", cohorts);
		json.put("training sessions", sessions);
		json.put("training attendees", attendees);
		json.putAll(counts);
		ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
		mapper.writeValue(out, json);
		out.write(System.lineSeparator());
		out.flush();
	}

	public int partnerships() {
		return partnerships;
	}
}
