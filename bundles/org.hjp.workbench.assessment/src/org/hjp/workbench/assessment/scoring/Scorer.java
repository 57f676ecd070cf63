package org.hjp.workbench.assessment.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.hjp.workbench.assessment.model.ScoreMethod;
import org.hjp.workbench.assessment.model.Scoring;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.core.contributions.ContributionStopped;

/**
 * Scores respondents by an instrument's rules, or by its scoring hook when that is installed. A hook that throws,
 * or is stopped for not answering within {@link ContributedCode#LIMIT} (the registry's hooks are guarded so), is
 * replaced by the rules, and {@link #hookProblem()} says so.
 */
public final class Scorer {

	private final Instrument instrument;
	private final Scoring scoring;
	private final ScoringHook hook;
	private final List<Item> allItems;
	private final Map<String, ScaleFacts> scales = new HashMap<>();
	private final ScaleFacts firstScale;
	private String hookProblem;

	/** @param hook the instrument's scoring hook, when it names one and it is installed */
	public Scorer(Instrument instrument, Optional<ScoringHook> hook) {
		this.instrument = instrument;
		this.scoring = instrument.getScoring() != null ? instrument.getScoring() : AssessmentFactory.eINSTANCE.createScoring();
		this.hook = hook.orElse(null);
		this.allItems = InstrumentDefinitions.items(instrument);
		for (ResponseScale scale : instrument.getScales()) {
			scales.putIfAbsent(scale.getId(), ScaleFacts.of(scale));
		}
		this.firstScale = instrument.getScales().isEmpty() ? null : scales.get(instrument.getScales().get(0).getId());
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
			Score byRules = combine(allItems, items);
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
		try {
			HookScores scores = hook.score(instrument, Map.copyOf(items));
			return scores != null && scores.domains() != null ? scores : null;
		} catch (ContributionStopped e) {
			hookProblem = notAnswering(name);
			return null;
		} catch (RuntimeException e) {
			ILog.of(Scorer.class).error("The scoring hook " + name + " of " + instrument.getName() + " failed; its rules are used instead", e);
			hookProblem = "The plug-in that scores this instrument (" + name + ") failed (" + e + "); the scores follow the rules in its definition instead.";
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
		for (Item item : allItems) {
			Answer answer = answers.get(item.getId());
			if (answer == null || answer.getKind() != AnswerKind.POINT) {
				continue;
			}
			ScaleFacts scale = scaleOf(item);
			if (!scale.values().contains(answer.getValue())) {
				continue;
			}
			Range range = scale.range();
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
		return range(allItems);
	}

	public Range range(Item item) {
		return scaleOf(item).range();
	}

	/** As {@link InstrumentDefinitions#scaleOf}, without going through the scales each time. */
	private ScaleFacts scaleOf(Item item) {
		ScaleFacts named = item.getScale() == null || item.getScale().isBlank() ? null : scales.get(item.getScale());
		return named != null ? named : firstScale;
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

	/** What scoring needs of a response scale, worked out once: the range of its values, and the values. */
	private record ScaleFacts(Range range, Set<Integer> values) {
		static ScaleFacts of(ResponseScale scale) {
			Set<Integer> values = new HashSet<>();
			scale.getPoints().forEach(p -> values.add(p.getValue()));
			int min = values.stream().mapToInt(Integer::intValue).min().orElse(0);
			int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
			return new ScaleFacts(new Range(min, max), values);
		}
	}
}
