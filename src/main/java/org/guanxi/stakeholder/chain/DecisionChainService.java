package org.guanxi.stakeholder.chain;

import java.util.List;
import java.util.Map;

import org.guanxi.account.AccountNotFound;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.RelationshipClassifier;
import org.guanxi.stakeholder.chain.internal.ChainAnalysis;
import org.guanxi.stakeholder.chain.internal.DecisionGraph;
import org.guanxi.stakeholder.chain.internal.DecisionGraphs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision chain of an account: roles, insiders and candidates, the reporting tree and our coverage
 * (docs/decision-chain.md). Two queries: the account's graph, and our relationship class with its people.
 */
@Service
@Transactional(readOnly = true)
public class DecisionChainService {

	private final DecisionGraphs graphs;

	private final RelationshipClassifier classifier;

	private final DecisionChainSettings settings;

	DecisionChainService(DecisionGraphs graphs, RelationshipClassifier classifier, DecisionChainSettings settings) {
		this.graphs = graphs;
		this.classifier = classifier;
		this.settings = settings;
	}

	/** The decision chain of the account; {@link AccountNotFound} when the id is unknown. */
	public DecisionChain decisionChain(String accountId) {
		DecisionGraph graph = this.graphs.all(List.of(accountId)).get(accountId);
		if (graph == null) {
			throw new AccountNotFound(accountId);
		}
		Map<String, RelationshipClass> classes = graph.people().isEmpty() ? Map.of()
				: this.classifier.classifyPeopleOf(accountId);
		return new ChainAnalysis(graph, classes, this.settings).chain();
	}

}
