package org.hjp.workbench.questionnaire.tests;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.learning.model.LearningFactory;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.questionnaire.Questionnaires;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Partnerships with assessment rounds of the installed instruments, made as the workbench makes them. */
final class TestRounds {

	static final String LEGAL = "Riverbend Community Legal Centre";
	static final String HEALTH = "Riverbend Regional Hospital";

	private TestRounds() {
	}

	/** The reference checklist, read from its plug-in's definition file. */
	static Instrument checklist() throws Exception {
		return instrument("org.hjp.workbench.assessment.checklist", "instruments/partnership-checklist.instrument");
	}

	/** The example plug-in's instrument: a four-point scale with not applicable, and yes/no with don't know. */
	static Instrument referralCheck() throws Exception {
		return instrument("org.example.hjp.referralcheck", "instruments/referral-check.instrument");
	}

	private static Instrument instrument(String bundleName, String path) throws Exception {
		Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(TestRounds.class).getBundleContext().getBundles())
				.filter(b -> bundleName.equals(b.getSymbolicName())).findFirst().orElseThrow();
		URL entry = bundle.getEntry(path);
		try (InputStream in = entry.openStream()) {
			return InstrumentDefinitions.read(in, path);
		}
	}

	/**
	 * A new partnership of a legal and a health partner, each with one person (Amara Okafor, Helen Whitford), and one
	 * round of {@code instrument} in which both answer, with no answers yet.
	 */
	static PartnershipDocument partnership(Instrument instrument) {
		PartnershipDocument document = NewPartnership.create("Riverbend", LEGAL, HEALTH);
		LearningPlan plan = LearningFactory.eINSTANCE.createLearningPlan();
		document.partnership().getExtensions().add(plan);
		AssessmentRound round = AssessmentFactory.eINSTANCE.createAssessmentRound();
		round.setTitle("Checked in the first year");
		round.setInstrument(instrument);
		plan.getAssessmentRounds().add(round);
		respondent(round, organisation(document, LEGAL), "Amara Okafor");
		respondent(round, organisation(document, HEALTH), "Helen Whitford");
		return document;
	}

	private static void respondent(AssessmentRound round, Organisation organisation, String name) {
		Person person = PartnershipFactory.eINSTANCE.createPerson();
		person.setName(name);
		organisation.getPeople().add(person);
		Respondent respondent = AssessmentFactory.eINSTANCE.createRespondent();
		respondent.setOrganisation(organisation);
		respondent.setPerson(person);
		round.getRespondents().add(respondent);
	}

	static Organisation organisation(PartnershipDocument document, String name) {
		return document.partnership().getOrganisations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	static AssessmentRound round(PartnershipDocument document) {
		return document.partnership().getExtensions().stream().filter(LearningPlan.class::isInstance).map(LearningPlan.class::cast)
				.flatMap(p -> p.getAssessmentRounds().stream()).findFirst().orElseThrow();
	}

	/** The bundled sample, copied into {@code folder} and opened from there. */
	static PartnershipDocument sample(Path folder) throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		return PartnershipDocument.opened(new PartnershipStore().load(file), file);
	}

	static AssessmentRound sampleRound(PartnershipDocument sample, String title) {
		return sample.partnership().getExtensions().stream().filter(LearningPlan.class::isInstance).map(LearningPlan.class::cast)
				.flatMap(p -> p.getAssessmentRounds().stream()).filter(r -> title.equals(r.getTitle())).findFirst().orElseThrow();
	}

	static Path fillable(AssessmentRound round, Respondent respondent, Path file) throws Exception {
		try (OutputStream out = Files.newOutputStream(file)) {
			Questionnaires.fillable(round, respondent, out);
		}
		return file;
	}

	static void execute(EditingDomain domain, Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("The command " + command.getLabel() + " cannot be executed.");
		}
		domain.getCommandStack().execute(command);
	}

	/** Adds a respondent as the assessment page does: one command. */
	static Respondent addRespondent(EditingDomain domain, AssessmentRound round, Organisation organisation, String label) {
		Respondent respondent = AssessmentFactory.eINSTANCE.createRespondent();
		respondent.setOrganisation(organisation);
		respondent.setLabel(label);
		execute(domain, AddCommand.create(domain, round, Literals.ASSESSMENT_ROUND__RESPONDENTS, respondent));
		return respondent;
	}
}
