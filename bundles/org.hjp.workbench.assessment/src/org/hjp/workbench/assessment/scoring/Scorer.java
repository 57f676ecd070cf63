package org.hjp.workbench.assessment.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.ScoringHook;
import org.hjp.workbench.assessment.ScoringHook.HookScores;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.MissingPolicy;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.assessment.model.ResponseScale;
import org.hjp.workbench.assessment.model.ScalePoint;
import org.hjp.workbench.assessment.model.ScoreMethod;
import org.hjp.workbench.assessment.model.Scoring;
import org.hjp.workbench.core.contributions.ContributedCode;

/**
 * Scores respondents by an instrument's rules, or by its scoring hook when that is installed. A hook that throws,
 * or does not answer within {@link ContributedCode#LIMIT} (it is then turned off), is replaced by the rules, and
 * {@link #hookProblem()} says so.
 */
public final class Scorer {

	private final Instrument instrument;
	private final Scoring scoring;
	private final ScoringHook hook;
	private String hookProblem;

	/** @param hook the instrument's scoring hook, when it names one and it is installed */
	public Scorer(Instrument instrument, Optional<ScoringHook> hook) {
		this.instrument = instrument;
		this.scoring = instrument.getScoring() != null ? instrument.getScoring() : AssessmentFactory.eINSTANCE.createScoring();
		this.hook = hook.orElse(null);
	}

	public RespondentScores score(Respondent respondent) {
		Map<String, Double> items = itemScores(respondent);
		Map<String, Score> domains = new LinkedHashMap<>();
		HookScores hooked = hook == null ? null : hookScores(items);
		for (Domain domain : instrument.getDomains()) {
			Score byRules = combine(domain.getItems(), items);
			Double value = hooked != null ? hooked.domains().get(domain.getId()) : byRules.value();
			domains.put(domain.getId(), new Score(value, byRules.answered(), byRules.items(), Bands.find(domain.getBands(), value)));
		}
		Score total = null;
		if (scoring.isTotal()) {
			Score byRules = combine(InstrumentDefinitions.items(instrument), items);
			Double value = hooked != null ? hooked.total() : byRules.value();
			total = new Score(value, byRules.answered(), byRules.items(), Bands.find(instrument.getBands(), value));
		}
		return new RespondentScores(respondent, items, domains, total);
	}

	/** Whether the scores come from the instrument's scoring hook rather than its rules. */
	public boolean usesHook() {
		return hook != null;
	}

	/** What went wrong with the scoring hook, in words for the results, if anything did. */
	public Optional<String> hookProblem() {
		return Optional.ofNullable(hookProblem);
	}

	private HookScores hookScores(Map<String, Double> items) {
		String name = instrument.getScoringHook();
		if (ContributedCode.isTurnedOff(hook)) {
			hookProblem = notAnswering(name);
			return null;
		}
		try {
			Map<String, Double> given = Map.copyOf(items);
			HookScores scores = ContributedCode.call(ContributedCode.LIMIT, () -> hook.score(instrument, given));
			return scores != null && scores.domains() != null ? scores : null;
		} catch (TimeoutException e) {
			ContributedCode.turnOff(hook);
			ILog.of(Scorer.class).error("The scoring hook " + name + " of " + instrument.getName() + " did not answer within "
					+ ContributedCode.limitInSeconds() + " seconds and is turned off; its rules are used instead");
			hookProblem = notAnswering(name);
			return null;
		} catch (ExecutionException e) {
			ILog.of(Scorer.class).error("The scoring hook " + name + " of " + instrument.getName() + " failed; its rules are used instead", e.getCause());
			hookProblem = "The plug-in that scores this instrument (" + name + ") failed (" + e.getCause()
					+ "); the scores follow the rules in its definition instead.";
			return null;
		}
	}

	private static String notAnswering(String name) {
		return "The plug-in that scores this instrument (" + name + ") did not answer within " + ContributedCode.limitInSeconds()
				+ " seconds and is turned off until the workbench restarts; the scores follow the rules in its definition instead.";
	}

	/** Each answered statement's score, reverse scoring applied; unanswered, don't know and not applicable left out. */
	public Map<String, Double> itemScores(Respondent respondent) {
		Map<String, Answer> answers = new HashMap<>();
		respondent.getAnswers().forEach(a -> answers.put(a.getItem(), a));
		Map<String, Double> scores = new LinkedHashMap<>();
		for (Item item : InstrumentDefinitions.items(instrument)) {
			Answer answer = answers.get(item.getId());
			if (answer == null || answer.getKind() != AnswerKind.POINT) {
				continue;
			}
			ResponseScale scale = InstrumentDefinitions.scaleOf(item, instrument);
			if (scale.getPoints().stream().noneMatch(p -> p.getValue() == answer.getValue())) {
				continue;
			}
			Range range = range(scale);
			scores.put(item.getId(), item.isReverse() ? range.min() + range.max() - answer.getValue() : answer.getValue());
		}
		return scores;
	}

	private Score combine(List<Item> items, Map<String, Double> itemScores) {
		int answered = 0;
		double sum = 0;
		for (Item item : items) {
			Double score = itemScores.get(item.getId());
			if (score != null) {
				answered++;
				sum += score;
			}
		}
		int count = items.size();
		boolean enough = answered > 0 && answered * 100 >= scoring.getMinimumAnswered() * count
				&& (scoring.getMissing() != MissingPolicy.REQUIRE_ALL || answered == count);
		if (!enough) {
			return new Score(null, answered, count, null);
		}
		double value;
		if (scoring.getMethod() == ScoreMethod.MEAN) {
			value = sum / answered;
		} else {
			value = scoring.getMissing() == MissingPolicy.PRORATE ? sum * count / answered : sum;
		}
		return new Score(value, answered, count, null);
	}

	/** The range of a domain's score. */
	public Range range(Domain domain) {
		return range(domain.getItems());
	}

	/** The range of the total. */
	public Range totalRange() {
		return range(InstrumentDefinitions.items(instrument));
	}

	public Range range(Item item) {
		return range(InstrumentDefinitions.scaleOf(item, instrument));
	}

	private Range range(List<Item> items) {
		double min = 0;
		double max = 0;
		for (Item item : items) {
			Range r = range(item);
			min += r.min();
			max += r.max();
		}
		boolean mean = scoring.getMethod() == ScoreMethod.MEAN;
		return mean && !items.isEmpty() ? new Range(min / items.size(), max / items.size()) : new Range(min, max);
	}

	static Range range(ResponseScale scale) {
		int min = scale.getPoints().stream().mapToInt(ScalePoint::getValue).min().orElse(0);
		int max = scale.getPoints().stream().mapToInt(ScalePoint::getValue).max().orElse(0);
		return new Range(min, max);
	}
}
