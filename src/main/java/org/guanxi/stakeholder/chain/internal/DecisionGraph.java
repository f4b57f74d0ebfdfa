package org.guanxi.stakeholder.chain.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.stakeholder.Person;

/**
 * An account's people and the ties between two of them, as loaded by {@code stakeholder/decisionGraphs}.
 *
 * @param account the account
 * @param people its people, in the order they are indexed
 * @param ties the ties between two of its people
 */
public record DecisionGraph(Account account, List<Person> people, List<Tie> ties) {

	/** Tie types, as in docs/model.md. */
	public static final String INFLUENCES = "INFLUENCES";

	public static final String REPORTS_TO = "REPORTS_TO";

	public static final String KNOWS = "KNOWS";

	/**
	 * A relationship {@code (from)-[type]->(to)} between two people of the account.
	 * @param weight INFLUENCES.weight or KNOWS.strength; 0 when unset, unused for REPORTS_TO
	 */
	public record Tie(String fromId, String toId, String type, Double weight) {
	}

	/** Index of each person id in {@link #people()}. */
	public Map<String, Integer> indexes() {
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < this.people.size(); i++) {
			indexes.put(this.people.get(i).id(), i);
		}
		return indexes;
	}

}
