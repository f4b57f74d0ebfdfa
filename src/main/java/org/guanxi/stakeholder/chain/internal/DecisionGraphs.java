package org.guanxi.stakeholder.chain.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.graph.Cypher;
import org.guanxi.stakeholder.Person;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/**
 * Loads the decision graphs of accounts with one query ({@code stakeholder/decisionGraphs}).
 */
@Component
public class DecisionGraphs {

	private static final List<String> INFLUENCE_TIES = List.of(DecisionGraph.INFLUENCES, DecisionGraph.REPORTS_TO);

	private static final List<String> ALL_TIES = List.of(DecisionGraph.INFLUENCES, DecisionGraph.REPORTS_TO,
			DecisionGraph.KNOWS);

	private final Cypher cypher;

	public DecisionGraphs(Cypher cypher) {
		this.cypher = cypher;
	}

	/** The influence and reporting ties of these accounts, by account id; unknown ids are left out. */
	public Map<String, DecisionGraph> influence(Collection<String> accountIds) {
		return load(accountIds, INFLUENCE_TIES);
	}

	/** The influence, reporting and social ties of these accounts, by account id; unknown ids are left out. */
	public Map<String, DecisionGraph> all(Collection<String> accountIds) {
		return load(accountIds, ALL_TIES);
	}

	private Map<String, DecisionGraph> load(Collection<String> accountIds, List<String> tieTypes) {
		Map<String, DecisionGraph> graphs = new HashMap<>();
		this.cypher.query("stakeholder/decisionGraphs", Map.of("accountIds", List.copyOf(accountIds), "tieTypes", tieTypes))
			.fetch()
			.all()
			.forEach(row -> {
				DecisionGraph graph = graph(row);
				graphs.put(graph.account().id(), graph);
			});
		return graphs;
	}

	private static DecisionGraph graph(Map<String, Object> row) {
		Account account = Account.from((Node) row.get("account"));
		List<Person> people = new ArrayList<>();
		for (Object node : (List<?>) row.get("people")) {
			people.add(Person.from((Node) node, account.id()));
		}
		people.sort(Comparator.comparing(Person::id));
		List<?> froms = (List<?>) row.get("froms");
		List<?> tos = (List<?>) row.get("tos");
		List<?> types = (List<?>) row.get("types");
		List<?> weights = (List<?>) row.get("weights");
		List<DecisionGraph.Tie> ties = new ArrayList<>(froms.size());
		for (int i = 0; i < froms.size(); i++) {
			ties.add(new DecisionGraph.Tie((String) froms.get(i), (String) tos.get(i), (String) types.get(i),
					((Number) weights.get(i)).doubleValue()));
		}
		return new DecisionGraph(account, List.copyOf(people), List.copyOf(ties));
	}

}
