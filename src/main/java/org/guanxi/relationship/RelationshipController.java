package org.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guanxi.account.Account;
import org.guanxi.core.Connection;
import org.guanxi.core.PageRequest;
import org.guanxi.stakeholder.Person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class RelationshipController {

	private final RelationshipService relationships;

	private final AssessmentService assessments;

	private final RelationshipLevelService levels;

	RelationshipController(RelationshipService relationships, AssessmentService assessments,
			RelationshipLevelService levels) {
		this.relationships = relationships;
		this.assessments = assessments;
		this.levels = levels;
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Relationship> relationship(List<Person> people) {
		Map<String, Relationship> found = this.relationships
			.relationships(people.stream().map(Person::id).distinct().toList());
		return people.stream().collect(Collectors.toMap(Function.identity(), p -> found.get(p.id()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Account")
	Map<Account, SuggestedRelationshipLevel> suggestedRelationshipLevel(List<Account> accounts) {
		Map<String, SuggestedRelationshipLevel> found = this.levels
			.suggest(accounts.stream().map(Account::id).distinct().toList());
		return accounts.stream().collect(Collectors.toMap(Function.identity(), a -> found.get(a.id()), (a, b) -> a));
	}

	@QueryMapping
	Connection<Person> relationships(@Argument String accountId, @Argument String repId,
			@Argument RelationshipClass classification, @Argument Integer first, @Argument String after) {
		return this.relationships.list(accountId, repId, classification, PageRequest.of(first, after));
	}

	@QueryMapping
	List<ClassCount> relationshipMix(@Argument String accountId, @Argument String repId) {
		return this.relationships.mix(accountId, repId);
	}

	@QueryMapping
	List<RelationshipChangeRecord> relationshipChanges(@Argument LocalDate from, @Argument LocalDate to) {
		return this.relationships.changes(from, to);
	}

	@MutationMapping
	Person assessRelationship(@Argument AssessRelationshipInput input) {
		return this.assessments.assess(input);
	}

	@MutationMapping
	Person clearAssessment(@Argument String personId) {
		return this.assessments.clear(personId);
	}

}
