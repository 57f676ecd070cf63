package org.hjp.workbench.tests.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.activities.model.ActivitiesFactory;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.ActivityStatus;
import org.hjp.workbench.activities.model.ReferralPathway;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingSession;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipFormat;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.learning.model.DataPoint;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.learning.model.Measure;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.needs.model.Evidence;
import org.hjp.workbench.needs.model.Need;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.NeedsFactory;

/**
 * A partnership of about a given number of objects, made of repeated units that look like real data: an
 * organisation with its people, a need with its evidence, a training with its sessions, a referral pathway
 * between partners, and a measure with its data points, all referring to each other as users' plans do.
 * The same size always gives the same partnership.
 */
public final class GeneratedPartnership {

	/** Objects in one unit: organisation 1 + people 4, need 1 + evidence 3, training 1 + sessions 3, pathway 1, measure 1 + points 5. */
	public static final int OBJECTS_PER_UNIT = 20;

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	private GeneratedPartnership() {
	}

	/** A partnership in a new resource (not saved) at {@code uri} with about {@code objects} objects. */
	public static Resource create(int objects, URI uri) {
		Resource resource = PartnershipFormat.newResourceSet().createResource(uri);
		resource.getContents().add(partnership(objects));
		return resource;
	}

	/** A partnership of about {@code objects} objects, not in any resource. */
	public static Partnership partnership(int objects) {
		Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
		partnership.setName("Generated partnership of " + objects + " objects");
		partnership.setPurpose("Legal help where people already seek care, generated to measure the workbench at scale.");
		partnership.setStartDate(date(0));
		NeedsAndGaps needs = NeedsFactory.eINSTANCE.createNeedsAndGaps();
		ActivityPlan activities = ActivitiesFactory.eINSTANCE.createActivityPlan();
		LearningPlan learning = LearningFactory.eINSTANCE.createLearningPlan();
		partnership.getExtensions().add(needs);
		partnership.getExtensions().add(activities);
		partnership.getExtensions().add(learning);
		int units = Math.max(2, (objects - 4) / OBJECTS_PER_UNIT);
		for (int u = 0; u < units; u++) {
			addUnit(partnership, needs, activities, learning, u);
		}
		return partnership;
	}

	/**
	 * A small partnership whose needs and gaps list {@code rows} needs: one list as long as a user's table can
	 * get, to measure tables rather than the model.
	 */
	public static Partnership withLongListOfNeeds(int rows) {
		Partnership partnership = partnership(40);
		partnership.setName("Generated partnership with " + rows + " needs");
		NeedsAndGaps needs = (NeedsAndGaps) partnership.getExtensions().get(0);
		for (int u = needs.getNeeds().size(); u < rows; u++) {
			Need need = NeedsFactory.eINSTANCE.createNeed();
			need.setName("Need " + u + ": " + (u % 3 == 0 ? "debts" : u % 3 == 1 ? "housing" : "family violence") + " raised in clinic");
			need.setDescription("Generated need " + u + ".");
			needs.getNeeds().add(need);
		}
		return partnership;
	}

	/** Saves {@code partnership} as the workbench does, to {@code file}, and returns the file. */
	public static Path save(Partnership partnership, Path file) throws PartnershipFileException {
		Resource resource = PartnershipFormat.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(partnership);
		new PartnershipStore().save(resource, file);
		return file;
	}

	/** The number of objects in the tree under and including {@code root}. */
	public static int count(EObject root) {
		int n = 1;
		for (var it = root.eAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	private static void addUnit(Partnership partnership, NeedsAndGaps needs, ActivityPlan activities, LearningPlan learning, int u) {
		Organisation organisation = organisation(u);
		partnership.getOrganisations().add(organisation);
		Organisation other = partnership.getOrganisations().get(u == 0 ? 0 : u - 1);

		Need need = NeedsFactory.eINSTANCE.createNeed();
		need.setName("Need " + u + ": housing stress among families of the maternity ward");
		need.setDescription("Families reported rent arrears and threats of eviction around the birth of a child (unit " + u + ").");
		for (int e = 0; e < 3; e++) {
			Evidence evidence = NeedsFactory.eINSTANCE.createEvidence();
			evidence.setSource("Social work records, quarter " + (e + 1));
			evidence.setDate(date(u + e));
			evidence.setSummary("About one in five referrals mention a legal problem (" + u + "." + e + ").");
			need.getEvidence().add(evidence);
		}
		needs.getNeeds().add(need);

		Training training = ActivitiesFactory.eINSTANCE.createTraining();
		training.setName("Training " + u + ": spotting legal problems in a consultation");
		training.setDescription("Lawyers train midwives and social workers to ask two screening questions.");
		training.setResponsiblePartner(organisation);
		training.getLinkedNeeds().add(need);
		training.setStatus(ActivityStatus.PLANNED);
		training.setAudience("Midwives and social workers");
		training.setMinutesAvailable(30);
		for (int s = 0; s < 3; s++) {
			TrainingSession session = ActivitiesFactory.eINSTANCE.createTrainingSession();
			session.setDate(date(u + 7 * s));
			session.setAttendees(8 + s);
			session.setMinutes(30);
			training.getSessions().add(session);
		}
		activities.getActivities().add(training);

		ReferralPathway pathway = ActivitiesFactory.eINSTANCE.createReferralPathway();
		pathway.setName("Referral pathway " + u);
		pathway.setResponsiblePartner(other);
		pathway.setFromPartner(other);
		pathway.setToPartner(organisation);
		pathway.setWarmReferral(true);
		pathway.getLinkedNeeds().add(need);
		activities.getActivities().add(pathway);

		Measure measure = LearningFactory.eINSTANCE.createMeasure();
		measure.setName("Measure " + u + ": referrals a month");
		measure.setUnit("referrals");
		measure.setBaseline(4.0);
		measure.setTarget(12.0);
		measure.setCollectedBy(organisation);
		measure.setNeed(need);
		measure.setActivity(training);
		for (int p = 0; p < 5; p++) {
			DataPoint point = LearningFactory.eINSTANCE.createDataPoint();
			point.setDate(date(u + 30 * p));
			point.setValue(4 + p * 2);
			measure.getDataPoints().add(point);
		}
		learning.getMeasures().add(measure);
	}

	private static Organisation organisation(int u) {
		Organisation organisation = PartnershipFactory.eINSTANCE.createOrganisation();
		organisation.setName("Organisation " + u);
		organisation.setSector(u % 2 == 0 ? Sector.LEGAL : Sector.HEALTH);
		organisation.setLead(u < 2);
		organisation.setDescription("A partner organisation generated for measuring (unit " + u + ").");
		for (int p = 0; p < 4; p++) {
			Person person = PartnershipFactory.eINSTANCE.createPerson();
			person.setName("Person " + u + "." + p);
			person.setRole(p == 0 ? "Lawyer on site" : "Social worker");
			person.setChampion(p == 0);
			person.setEmail("person" + u + "." + p + "@example.org");
			organisation.getPeople().add(person);
		}
		return organisation;
	}

	private static Date date(int days) {
		return Date.from(START.plusDays(days % 1000).atStartOfDay().toInstant(ZoneOffset.UTC));
	}
}
