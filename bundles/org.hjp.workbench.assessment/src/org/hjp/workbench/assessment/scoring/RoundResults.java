package org.hjp.workbench.assessment.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.Answer;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Band;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.DomainGroup;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;
import org.hjp.workbench.assessment.model.PartnerScore;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.model.Organisation;

/**
 * The results of a round: each respondent's scores, each partner organisation's scores, the partnership's overall
 * scores (the mean of the partners' means, so that each partner counts the same however many people answered for
 * it), the spread between partners for each domain, statement and the total, and notes on what could not be scored.
 */
public final class RoundResults {

	/** The group of respondents who answered for no partner organisation. */
	public static final String NO_ORGANISATION = "No organisation given";

	private final AssessmentRound round;
	private final Instrument instrument;
	private final Scorer scorer;
	private final List<RespondentScores> respondents = new ArrayList<>();
	private final List<GroupScores> organisations = new ArrayList<>();
	private GroupScores overall;
	private final List<String> notes = new ArrayList<>();

	private RoundResults(AssessmentRound round, InstrumentRegistry registry) {
		this.round = round;
		this.instrument = round.getInstrument();
		if (instrument == null) {
			scorer = null;
			notes.add("No instrument has been chosen for this round.");
			return;
		}
		Optional<String> unusable = Rounds.unusableInstrument(round);
		if (unusable.isPresent()) {
			scorer = null;
			notes.add(unusable.get());
			return;
		}
		String hookId = instrument.getScoringHook();
		boolean wantsHook = hookId != null && !hookId.isBlank();
		scorer = new Scorer(instrument, wantsHook && registry != null ? registry.hook(hookId) : Optional.empty());
		if (wantsHook && !scorer.usesHook()) {
			notes.add("This instrument is scored by a plug-in (" + hookId + ") that is not installed; the scores follow the rules in its definition instead.");
		}
		if (registry != null) {
			notes.addAll(InstrumentStatus.of(round, registry));
		}
		round.getRespondents().forEach(r -> respondents.add(scorer.score(r)));
		scorer.hookProblem().ifPresent(notes::add);
		groupByOrganisation();
		noteUnknownAnswers();
	}

	public static RoundResults of(AssessmentRound round, InstrumentRegistry registry) {
		return new RoundResults(round, registry);
	}

	private void groupByOrganisation() {
		Map<Organisation, List<RespondentScores>> groups = new LinkedHashMap<>();
		for (RespondentScores scores : respondents) {
			groups.computeIfAbsent(scores.respondent().getOrganisation(), o -> new ArrayList<>()).add(scores);
		}
		boolean wantsPool = instrument.getScoring() != null && instrument.getScoring().getPartnerScore() == PartnerScore.POOLED;
		boolean pooled = wantsPool && !scorer.usesHook();
		if (wantsPool && !pooled) {
			notes.add("Each partner's score is the mean of its respondents' scores: the plug-in that scores this instrument scores respondents one by one, so their answers cannot be pooled.");
		}
		groups.forEach((organisation, members) -> {
			String name = organisation == null ? NO_ORGANISATION : Objects.toString(organisation.getName(), "A partner without a name");
			List<RespondentScores> scored = pooled ? List.of(scorer.pooled(members.stream().map(RespondentScores::respondent).toList())) : members;
			organisations.add(mean(name, organisation, members.size(), scored, (r, domainId) -> value(r.domains().get(domainId)),
					(r, groupId) -> value(r.domainGroups().get(groupId)), r -> value(r.total()), RespondentScores::items));
		});
		if (organisations.size() == 1) {
			GroupScores only = organisations.get(0);
			overall = new GroupScores("All partners", null, only.respondents(), only.domains(), only.domainGroups(), only.total(), only.items());
		} else {
			overall = mean("All partners", null, respondents.size(), organisations, (g, domainId) -> g.domains().get(domainId),
					(g, groupId) -> g.domainGroups().get(groupId), GroupScores::total, GroupScores::items);
		}
	}

	/** The means over {@code members} (respondents, or partners' means) of each domain, group of domains, the total and each statement. */
	private <T> GroupScores mean(String name, Organisation organisation, int count, Collection<T> members, BiFunction<T, String, Double> domain,
			BiFunction<T, String, Double> domainGroup, Function<T, Double> total, Function<T, Map<String, Double>> items) {
		Map<String, Double> domainMeans = new LinkedHashMap<>();
		for (Domain d : instrument.getDomains()) {
			domainMeans.put(d.getId(), meanOf(members.stream().map(m -> domain.apply(m, d.getId())).toList()));
		}
		Map<String, Double> groupMeans = new LinkedHashMap<>();
		for (DomainGroup g : instrument.getGroups()) {
			groupMeans.put(g.getId(), meanOf(members.stream().map(m -> domainGroup.apply(m, g.getId())).toList()));
		}
		Double totalMean = instrument.getScoring() == null || instrument.getScoring().isTotal() ? meanOf(members.stream().map(total).toList()) : null;
		Map<String, Double> itemMeans = new LinkedHashMap<>();
		for (Item item : InstrumentDefinitions.items(instrument)) {
			itemMeans.put(item.getId(), meanOf(members.stream().map(m -> items.apply(m).get(item.getId())).toList()));
		}
		return new GroupScores(name, organisation, count, domainMeans, groupMeans, totalMean, itemMeans);
	}

	private static Double meanOf(List<Double> values) {
		List<Double> given = values.stream().filter(Objects::nonNull).toList();
		return given.isEmpty() ? null : given.stream().mapToDouble(Double::doubleValue).sum() / given.size();
	}

	private void noteUnknownAnswers() {
		Set<String> known = new HashSet<>();
		InstrumentDefinitions.items(instrument).forEach(i -> known.add(i.getId()));
		long unknown = round.getRespondents().stream().flatMap(r -> r.getAnswers().stream()).map(Answer::getItem).filter(id -> !known.contains(id)).count();
		if (unknown > 0) {
			notes.add(unknown + (unknown == 1 ? " answer is" : " answers are") + " to statements this instrument does not have; kept, but not scored.");
		}
	}

	/** False when the round has no instrument or its copy of it cannot be used (the notes say why): there are no scores. */
	public boolean scored() {
		return scorer != null;
	}

	public AssessmentRound round() {
		return round;
	}

	/** The instrument the round was answered on, or null when none has been chosen. */
	public Instrument instrument() {
		return instrument;
	}

	public List<RespondentScores> respondents() {
		return respondents;
	}

	/** Each partner organisation's mean scores, in the order its first respondent appears. */
	public List<GroupScores> organisations() {
		return organisations;
	}

	/** The partnership's scores: the mean of the partners' means. */
	public GroupScores overall() {
		return overall;
	}

	/** What could not be scored or is missing, in plain words. */
	public List<String> notes() {
		return notes;
	}

	public Range range(Domain domain) {
		return scorer.range(domain);
	}

	public Range totalRange() {
		return scorer.totalRange();
	}

	public Range range(Item item) {
		return scorer.range(item);
	}

	/** The statements of the group's domains. */
	public List<Item> items(DomainGroup group) {
		return scorer.itemsOf(group);
	}

	public Range range(DomainGroup group) {
		return scorer.range(group);
	}

	public Band band(Domain domain, Double value) {
		return bands().band(Bands.ofDomain(domain), value);
	}

	public Band band(DomainGroup group, Double value) {
		return bands().band(group.getBands(), value);
	}

	public Band totalBand(Double value) {
		return bands().band(instrument.getBands(), value);
	}

	private Bands bands() {
		return Bands.of(instrument.getScoring());
	}

	public Spread spread(Domain domain) {
		return spread(g -> g.domains().get(domain.getId()), r -> value(r.domains().get(domain.getId())), range(domain));
	}

	public Spread spread(DomainGroup group) {
		return spread(g -> g.domainGroups().get(group.getId()), r -> value(r.domainGroups().get(group.getId())), range(group));
	}

	public Spread totalSpread() {
		return spread(GroupScores::total, r -> value(r.total()), totalRange());
	}

	public Spread spread(Item item) {
		return spread(g -> g.items().get(item.getId()), r -> r.items().get(item.getId()), range(item));
	}

	private static Double value(Score score) {
		return score == null ? null : score.value();
	}

	private Spread spread(Function<GroupScores, Double> ofGroup, Function<RespondentScores, Double> ofRespondent, Range range) {
		boolean betweenPartners = organisations.size() > 1;
		List<Double> values = betweenPartners ? organisations.stream().map(ofGroup).filter(Objects::nonNull).toList()
				: respondents.stream().map(ofRespondent).filter(Objects::nonNull).toList();
		if (values.size() < 2) {
			return new Spread(0, range, false, betweenPartners);
		}
		double spread = values.stream().mapToDouble(Double::doubleValue).max().orElse(0) - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		boolean disagreement = range.width() > 0 && spread * 100 >= instrument.getDisagreementThreshold() * range.width();
		return new Spread(spread, range, disagreement, betweenPartners);
	}
}
