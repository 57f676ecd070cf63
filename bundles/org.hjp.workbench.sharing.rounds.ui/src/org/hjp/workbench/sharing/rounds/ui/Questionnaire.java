package org.hjp.workbench.sharing.rounds.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.hjp.workbench.assessment.DefinitionException;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.sharing.Rounds;

/**
 * A round waiting for the one signed in, as an assessment round of its own in memory with their answers sent so far,
 * so that the assessment stage's answer sheet serves it. The questionnaire came from the server: it is read as an
 * instrument plug-in's definition is, with the same protections and checks.
 */
final class Questionnaire {

	private final Rounds.Waiting waiting;
	private final Respondent respondent;
	private final AdapterFactoryEditingDomain domain;
	private final List<Rounds.Given> sent;

	private Questionnaire(Rounds.Waiting waiting, Respondent respondent, AdapterFactoryEditingDomain domain, List<Rounds.Given> sent) {
		this.waiting = waiting;
		this.respondent = respondent;
		this.domain = domain;
		this.sent = sent;
	}

	/**
	 * The questionnaire of {@code waiting} with the answers {@code sent} before, or why it cannot be answered here, in
	 * a sentence.
	 */
	static Questionnaire of(Rounds.Waiting waiting, String login, List<Rounds.Given> sent) throws UnanswerableException {
		String title = "\u201c" + waiting.title() + "\u201d";
		if (waiting.questionnaire() == null) {
			throw new UnanswerableException(title + " was opened without its questionnaire, so it cannot be answered here."
					+ " Ask whoever opened it to open it again from an up-to-date workbench.");
		}
		Instrument instrument;
		try {
			instrument = InstrumentDefinitions.read(new ByteArrayInputStream(waiting.questionnaire().getBytes(StandardCharsets.UTF_8)),
					"the questionnaire of " + title);
		} catch (DefinitionException e) {
			throw new UnanswerableException(title + " cannot be answered here: " + e.getMessage());
		}
		Set<String> items = InstrumentDefinitions.items(instrument).stream().map(Item::getId).collect(Collectors.toSet());
		if (!items.equals(Set.copyOf(waiting.statements()))) {
			throw new UnanswerableException(title + " cannot be answered here: its questionnaire does not ask the statements the round was opened with."
					+ " Ask whoever opened it to open it again.");
		}
		AssessmentRound round = AssessmentFactory.eINSTANCE.createAssessmentRound();
		round.setTitle(waiting.title());
		round.setInstrument(instrument);
		Respondent respondent = AssessmentFactory.eINSTANCE.createRespondent();
		respondent.setLabel(login);
		for (Rounds.Given given : sent) {
			if (items.contains(given.statement())) {
				Answer answer = AssessmentFactory.eINSTANCE.createAnswer();
				answer.setItem(given.statement());
				answer.setKind(RepositoryRounds.kind(given.kind()));
				answer.setValue(given.value());
				respondent.getAnswers().add(answer);
			}
		}
		round.getRespondents().add(respondent);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ModelAdapterFactory.create(), new BasicCommandStack());
		// So that the answer sheet finds the domain from the respondent, as in a partnership file.
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		Resource resource = new XMIResourceImpl(URI.createURI("questionnaire:/" + URI.encodeSegment(waiting.round(), false)));
		domain.getResourceSet().getResources().add(resource);
		resource.getContents().add(round);
		return new Questionnaire(waiting, respondent, domain, List.copyOf(sent));
	}

	Rounds.Waiting waiting() {
		return waiting;
	}

	Respondent respondent() {
		return respondent;
	}

	Instrument instrument() {
		return ((AssessmentRound) respondent.eContainer()).getInstrument();
	}

	/** The answers as they are now, to be sent. */
	List<Rounds.Given> answers() {
		return respondent.getAnswers().stream().map(RepositoryRounds::given).toList();
	}

	/** Whether the answers differ from those sent before. */
	boolean changed() {
		return !Set.copyOf(answers()).equals(Set.copyOf(sent));
	}

	AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** Why a questionnaire cannot be answered in this workbench. */
	static final class UnanswerableException extends Exception {
		private static final long serialVersionUID = 1L;

		UnanswerableException(String sentence) {
			super(sentence);
		}
	}
}
