package org.guanxi.stakeholder.chain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.guanxi.account.AccountNotFound;
import org.guanxi.graph.Cypher;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.RelationshipClassifier;
import org.guanxi.stakeholder.chain.internal.ChainAnalysis;
import org.guanxi.stakeholder.chain.internal.DecisionGraph;
import org.guanxi.stakeholder.chain.internal.DecisionGraphs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision chain of an account: roles, insiders and candidates, the reporting tree and our coverage
 * (docs/decision-chain.md). Two queries, run at once: the account's graph, and our relationship class with its
 * people.
 */
@Service
@Transactional(readOnly = true)
public class DecisionChainService {

	private final DecisionGraphs graphs;

	private final RelationshipClassifier classifier;

	private final DecisionChainSettings settings;

	private final Cypher cypher;

	DecisionChainService(DecisionGraphs graphs, RelationshipClassifier classifier, DecisionChainSettings settings,
			Cypher cypher) {
		this.graphs = graphs;
		this.classifier = classifier;
		this.settings = settings;
		this.cypher = cypher;
	}

	/** The decision chain of the account; {@link AccountNotFound} when the id is unknown. */
	public DecisionChain decisionChain(String accountId) {
		// the classes are read while the graph is: one round trip to the database instead of two in a row (an
		// account that does not exist, or has no people, has no classes either)
		CompletableFuture<Map<String, RelationshipClass>> classes = this.cypher
			.readAside(() -> this.classifier.classifyPeopleOf(accountId));
		DecisionGraph graph = this.graphs.all(List.of(accountId)).get(accountId);
		if (graph == null) {
			throw new AccountNotFound(accountId);
		}
		return new ChainAnalysis(graph, Cypher.join(classes), this.settings).chain();
	}

}
