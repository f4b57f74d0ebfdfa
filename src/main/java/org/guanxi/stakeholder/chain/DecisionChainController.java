package org.guanxi.stakeholder.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.guanxi.stakeholder.Person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DecisionChainController {

	private final DecisionChainService chains;

	private final InfluenceService influence;

	DecisionChainController(DecisionChainService chains, InfluenceService influence) {
		this.chains = chains;
		this.influence = influence;
	}

	@QueryMapping
	DecisionChain decisionChain(@Argument String accountId) {
		return this.chains.decisionChain(accountId);
	}

	@QueryMapping
	List<InfluenceScore> influenceRanking(@Argument String accountId, @Argument Integer limit) {
		return this.influence.ranking(accountId, limit);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Double> influenceScore(List<Person> people) {
		Map<String, Double> scores = this.influence
			.scores(people.stream().map(Person::accountId).filter(Objects::nonNull).distinct().toList());
		Map<Person, Double> byPerson = new HashMap<>();
		for (Person p : people) {
			Double score = scores.get(p.id());
			if (score != null) {
				byPerson.put(p, score);
			}
		}
		return byPerson;
	}

}
