package org.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;

import org.guanxi.account.Account;
import org.guanxi.api.Batches;
import org.guanxi.core.Connection;
import org.guanxi.core.PageRequest;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.tiering.AbcService;

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

	private final AbcService abc;

	RelationshipController(RelationshipService relationships, AssessmentService assessments,
			RelationshipLevelService levels, AbcService abc) {
		this.relationships = relationships;
		this.assessments = assessments;
		this.levels = levels;
		this.abc = abc;
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Relationship> relationship(List<Person> people) {
		return Batches.values(people, Person::id, this.relationships::relationships);
	}

	@BatchMapping(typeName = "Account")
	Map<Account, SuggestedRelationshipLevel> suggestedRelationshipLevel(List<Account> accounts, GraphQLContext request) {
		return Batches.values(accounts, Account::id, ids -> this.levels.suggest(ids, this.abc.standard(request)));
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
