package org.guanxi.stakeholder.chain;

import java.util.ArrayList;
import java.util.List;

import org.guanxi.account.Account;
import org.guanxi.account.Lifecycle;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.chain.internal.DecisionGraph;

/**
 * Builds decision graphs in memory for the unit tests.
 */
final class TestGraphs {

	private final List<Person> people = new ArrayList<>();

	private final List<DecisionGraph.Tie> ties = new ArrayList<>();

	static Person person(String id, String name, Integer level, double decisionWeight, boolean insider,
			String... roles) {
		return new Person(id, name, null, null, level, List.of(roles), decisionWeight, insider, null, null, null, null,
				null, null, null, null, null, null, null, "acc-1");
	}

	TestGraphs person(String id, double decisionWeight) {
		return add(person(id, id, null, decisionWeight, false));
	}

	TestGraphs add(Person person) {
		this.people.add(person);
		return this;
	}

	TestGraphs influences(String from, String to, double weight) {
		this.ties.add(new DecisionGraph.Tie(from, to, DecisionGraph.INFLUENCES, weight));
		return this;
	}

	TestGraphs reportsTo(String report, String manager) {
		this.ties.add(new DecisionGraph.Tie(report, manager, DecisionGraph.REPORTS_TO, null));
		return this;
	}

	TestGraphs knows(String from, String to, double strength) {
		this.ties.add(new DecisionGraph.Tie(from, to, DecisionGraph.KNOWS, strength));
		return this;
	}

	DecisionGraph graph() {
		Account account = new Account("acc-1", "Account", null, null, null, null, null, false, Lifecycle.PROSPECT, null, null,
				null, false, null, null);
		return new DecisionGraph(account, List.copyOf(this.people), List.copyOf(this.ties));
	}

}
