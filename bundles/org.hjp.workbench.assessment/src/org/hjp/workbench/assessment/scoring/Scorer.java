package org.hjp.workbench.assessment.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.ScoringHook;
import org.hjp.workbench.assessment.ScoringHook.HookScores;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AnswerKind;
import org.hjp.workbench.assessment.model.AssessmentFactory;
import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
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
	private final Bands bandRule;
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
		this.bandRule = Bands.of(scoring);
	}

	public RespondentScores score(Respondent respondent) {
		Answers answers = answers(respondent);
		Map<String, Double> items = answers.scores();
		HookScores hooked = hook == null ? null : hookScores(items);
		Map<String, Score> domains = new LinkedHashMap<>();
		for (Domain domain : instrument.getDomains()) {
			domains.put(domain.getId(), score(domain.getItems(), List.of(answers), hooked, domain.getId(), Bands.ofDomain(domain)));
		}
		Map<String, Score> groups = new LinkedHashMap<>();
		for (DomainGroup group : instrument.getGroups()) {
			groups.put(group.getId(), score(itemsOf(group), List.of(answers), hooked, group.getId(), group.getBands()));
		}
		Score total = scoring.isTotal() ? score(allItems, List.of(answers), hooked, null, instrument.getBands()) : null;
		return new RespondentScores(respondent, items, domains, groups, total);
	}

	/**
	 * One score for a group of respondents over all their answers pooled, as if they were one respondent's (see
	 * docs/assessment-instruments.md): for one respondent it is that respondent's score. The definition's rules score
	 * the pool: a scoring hook scores respondents one by one.
	 */
	public RespondentScores pooled(List<Respondent> respondents) {
		List<Answers> pool = respondents.stream().map(this::answers).toList();
		Map<String, Score> domains = new LinkedHashMap<>();
		for (Domain domain : instrument.getDomains()) {
			domains.put(domain.getId(), score(domain.getItems(), pool, null, null, Bands.ofDomain(domain)));
		}
		Map<String, Score> groups = new LinkedHashMap<>();
		for (DomainGroup group : instrument.getGroups()) {
			groups.put(group.getId(), score(itemsOf(group), pool, null, null, group.getBands()));
		}
		Score total = scoring.isTotal() ? score(allItems, pool, null, null, instrument.getBands()) : null;
		Map<String, Double> items = new LinkedHashMap<>();
		for (Item item : allItems) {
			List<Double> given = pool.stream().map(a -> a.scores().get(item.getId())).filter(Objects::nonNull).toList();
			if (!given.isEmpty()) {
				items.put(item.getId(), given.stream().mapToDouble(Double::doubleValue).sum() / given.size());
			}
		}
		return new RespondentScores(null, items, domains, groups, total);
	}

	private Score score(List<Item> items, List<Answers> pool, HookScores hooked, String hookKey, List<Band> bands) {
		Score byRules = combine(items, pool);
		Double value = hooked == null ? byRules.value() : hookKey == null ? hooked.total() : hooked.domains().get(hookKey);
		return new Score(value, byRules.answered(), byRules.items(), bandRule.band(bands, value));
	}

	/** The statements of a group's domains. */
	public List<Item> itemsOf(DomainGroup group) {
		List<Item> items = new ArrayList<>();
		instrument.getDomains().stream().filter(d -> group.getId() != null && group.getId().equals(d.getGroup())).forEach(d -> items.addAll(d.getItems()));
		return items;
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
		return answers(respondent).scores();
	}

	private Answers answers(Respondent respondent) {
		Map<String, Answer> answers = new HashMap<>();
		respondent.getAnswers().forEach(a -> answers.put(a.getItem(), a));
		Map<String, Double> scores = new LinkedHashMap<>();
		Set<String> dontKnow = new HashSet<>();
		for (Item item : allItems) {
			Answer answer = answers.get(item.getId());
			if (answer == null) {
				continue;
			}
			if (answer.getKind() == AnswerKind.DONT_KNOW) {
				dontKnow.add(item.getId());
				continue;
			}
			ScaleFacts scale = scaleOf(item);
			if (answer.getKind() != AnswerKind.POINT || !scale.values().contains(answer.getValue())) {
				continue;
			}
			Range range = scale.range();
			scores.put(item.getId(), item.isReverse() ? range.min() + range.max() - answer.getValue() : answer.getValue());
		}
		return new Answers(scores, dontKnow);
	}

	/**
	 * The score of {@code items} over the answers of one or more respondents: with A scored answers, K don't knows
	 * (counted only when the instrument says so) and R respondents, there is a score when A + K reaches the minimum
	 * share of items × R; a mean is the mean of the A answers, a prorated sum that mean times the items, any other
	 * sum the sum of the answers divided by R.
	 */
	private Score combine(List<Item> items, List<Answers> pool) {
		int scored = 0;
		int dontKnow = 0;
		double sum = 0;
		for (Answers answers : pool) {
			for (Item item : items) {
				Double score = answers.scores().get(item.getId());
				if (score != null) {
					scored++;
					sum += score;
				} else if (answers.dontKnow().contains(item.getId())) {
					dontKnow++;
				}
			}
		}
		int answered = scoring.isDontKnowAnswered() ? scored + dontKnow : scored;
		int possible = items.size() * pool.size();
		boolean enough = scored > 0 && answered * 100L >= (long) scoring.getMinimumAnswered() * possible
				&& (scoring.getMissing() != MissingPolicy.REQUIRE_ALL || answered == possible);
		int shownAnswered = pool.size() == 1 ? answered : -1;
		if (!enough) {
			return new Score(null, shownAnswered, items.size(), null);
		}
		double value;
		if (scoring.getMethod() == ScoreMethod.MEAN) {
			value = sum / scored;
		} else {
			value = scoring.getMissing() == MissingPolicy.PRORATE ? sum * items.size() / scored : sum / pool.size();
		}
		return new Score(value, shownAnswered, items.size(), null);
	}

	/** The range of a domain's score. */
	public Range range(Domain domain) {
		return range(domain.getItems());
	}

	/** The range of a group's score. */
	public Range range(DomainGroup group) {
		return range(itemsOf(group));
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

	/** One respondent's answers as scoring needs them: the scores of the statements answered on the scale, and those answered don't know. */
	private record Answers(Map<String, Double> scores, Set<String> dontKnow) {
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
