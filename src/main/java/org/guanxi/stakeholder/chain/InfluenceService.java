package org.guanxi.stakeholder.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.AccountNotFound;
import org.guanxi.core.InvalidInput;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.chain.internal.DecisionGraph;
import org.guanxi.stakeholder.chain.internal.DecisionGraphs;
import org.guanxi.stakeholder.chain.internal.Influence;
import org.guanxi.stakeholder.chain.internal.PersonalizedPageRank;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Influence of the people of an account on its purchase: the personalized PageRank of design.md, computed in
 * memory over the account's graph loaded with one query. See docs/decision-chain.md.
 */
@Service
@Transactional(readOnly = true)
public class InfluenceService {

	/** Used when the limit argument is given as null. */
	public static final int DEFAULT_LIMIT = 10;

	private final DecisionGraphs graphs;

	private final InfluenceSettings settings;

	InfluenceService(DecisionGraphs graphs, InfluenceSettings settings) {
		this.graphs = graphs;
		this.settings = settings;
	}

	/**
	 * The {@code limit} most influential people of the account, by score (highest first), then name and id,
	 * each explained. {@link AccountNotFound} when the id is unknown; an account without people has an empty
	 * ranking.
	 */
	public List<InfluenceScore> ranking(String accountId, Integer limit) {
		int max = limit == null ? DEFAULT_LIMIT : limit;
		if (max < 1) {
			throw new InvalidInput("error.limit", max);
		}
		DecisionGraph graph = this.graphs.influence(List.of(accountId)).get(accountId);
		if (graph == null) {
			throw new AccountNotFound(accountId);
		}
		PersonalizedPageRank.Result result = Influence.rank(graph, this.settings);
		List<Person> people = graph.people();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingDouble(result::score)
			.reversed()
			.thenComparing(i -> people.get(i).name(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(i -> people.get(i).id()));
		List<InfluenceScore> ranking = new ArrayList<>();
		for (int r = 0; r < Math.min(max, order.size()); r++) {
			int i = order.get(r);
			ranking.add(new InfluenceScore(people.get(i), result.score(i), r + 1, explain(result, people, i)));
		}
		return ranking;
	}

	private InfluenceExplanation explain(PersonalizedPageRank.Result result, List<Person> people, int i) {
		List<InfluenceContribution> sources = result.sources(i, this.settings.sources())
			.stream()
			.map(c -> new InfluenceContribution(people.get(c.from()), c.share()))
			.toList();
		return new InfluenceExplanation(result.ownWeightShare(i), sources);
	}

	/** The influence score of every person of these accounts, by person id (one query for all accounts). */
	public Map<String, Double> scores(Collection<String> accountIds) {
		Map<String, Double> scores = new HashMap<>();
		if (accountIds.isEmpty()) {
			return scores;
		}
		for (DecisionGraph graph : this.graphs.influence(accountIds).values()) {
			PersonalizedPageRank.Result result = Influence.rank(graph, this.settings);
			for (int i = 0; i < graph.people().size(); i++) {
				scores.put(graph.people().get(i).id(), result.score(i));
			}
		}
		return scores;
	}

}
