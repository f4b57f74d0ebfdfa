package org.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;

import org.guanxi.account.Account;
import org.guanxi.api.Batches;
import org.guanxi.core.Connection;
import org.guanxi.core.PageRequest;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.tiering.AbcService;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class RelationshipController {

	/**
	 * The fields of {@code Relationship} its class and halves give: a request that asks for nothing else is
	 * answered from the halves ({@link RelationshipService#classOnly}), without the evidence, assessments, history
	 * and next step the other fields need.
	 */
	static final Set<String> CLASS_FIELDS = Set.of("classification", "organisationInterestMet",
			"personalInterestMet", "derived", "derivedOrganisationInterestMet", "derivedPersonalInterestMet",
			"__typename");

	private final RelationshipService relationships;

	private final AssessmentService assessments;

	private final RelationshipLevelService levels;

	private final AbcService abc;

	RelationshipController(RelationshipService relationships, AssessmentService assessments,
			RelationshipLevelService levels, AbcService abc, BatchLoaderRegistry registry) {
		this.relationships = relationships;
		this.assessments = assessments;
		this.levels = levels;
		this.abc = abc;
		registry.<String, Relationship>forName("relationshipOfPerson")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> relationships.relationships(ids)));
		registry.<String, Relationship>forName("classOfPerson")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> relationships.classOnly(ids)));
	}

	/** One query per request for all people whose relationship it asks, the lighter one when it asks the class. */
	@SchemaMapping(typeName = "Person")
	CompletableFuture<Relationship> relationship(Person person, DataFetchingFieldSelectionSet selection,
			DataLoader<String, Relationship> relationshipOfPerson, DataLoader<String, Relationship> classOfPerson) {
		boolean classOnly = selection.getImmediateFields()
			.stream()
			.map(SelectedField::getName)
			.allMatch(CLASS_FIELDS::contains);
		return (classOnly ? classOfPerson : relationshipOfPerson).load(person.id());
	}

	@BatchMapping(typeName = "Account")
	Map<Account, SuggestedRelationshipLevel> suggestedRelationshipLevel(List<Account> accounts, GraphQLContext request) {
		return Batches.values(accounts, Account::id, ids -> this.levels.suggest(ids, this.abc.standard(request)));
	}

	/**
	 * The classes the page brought with it (those of an account's people) are put in the request's loader of
	 * classes, so that a page of an account asking only the class takes one query.
	 */
	@QueryMapping
	Connection<Person> relationships(@Argument String accountId, @Argument String repId,
			@Argument RelationshipClass classification, @Argument Integer first, @Argument String after,
			DataLoader<String, Relationship> classOfPerson) {
		RelationshipService.PeoplePage page = this.relationships.list(accountId, repId, classification,
				PageRequest.of(first, after));
		page.classes().forEach(classOfPerson::prime);
		return page.people();
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
