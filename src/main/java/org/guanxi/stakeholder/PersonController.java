package org.guanxi.stakeholder;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.guanxi.account.Account;
import org.guanxi.account.AccountService;
import org.guanxi.api.Batches;
import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

	private final PersonService people;

	private final PersonLinkService links;

	private final AccountService accounts;

	PersonController(PersonService people, PersonLinkService links, AccountService accounts) {
		this.people = people;
		this.links = links;
		this.accounts = accounts;
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.people.get(id);
	}

	@QueryMapping
	Connection<Person> people(@Argument PersonFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		// the people of the filter are counted only when totalCount is asked for
		return this.people.list(filter, PageRequest.of(first, after), selection.contains("totalCount"));
	}

	@BatchMapping(typeName = "Account")
	Map<Account, List<Person>> people(List<Account> accounts) {
		return Batches.lists(accounts, Account::id, this.people::byAccounts);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Account> account(List<Person> people) {
		return Batches.values(people, Person::accountId, this.accounts::byIds);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Person> reportsTo(List<Person> people) {
		return Batches.values(people, Person::id, this.links::managers);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Person>> directReports(List<Person> people) {
		return Batches.lists(people, Person::id, this.links::directReports);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<InfluenceTie>> influences(List<Person> people) {
		return Batches.lists(people, Person::id, this.links::influences);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<InfluenceTie>> influencedBy(List<Person> people) {
		return Batches.lists(people, Person::id, this.links::influencedBy);
	}

	@MutationMapping
	Person upsertPerson(@Argument PersonInput input) {
		return this.people.upsert(input);
	}

	@MutationMapping
	Deletion deletePerson(@Argument String id, @Argument Boolean cascade) {
		return this.people.delete(id, Boolean.TRUE.equals(cascade));
	}

	@MutationMapping
	Person linkReportsTo(@Argument ReportsToInput input) {
		return this.links.linkReportsTo(input);
	}

	@MutationMapping
	Person unlinkReportsTo(@Argument String personId) {
		return this.links.unlinkReportsTo(personId);
	}

	@MutationMapping
	Person linkInfluence(@Argument InfluenceInput input) {
		return this.links.linkInfluence(input);
	}

	@MutationMapping
	Person unlinkInfluence(@Argument String fromId, @Argument String toId) {
		return this.links.unlinkInfluence(fromId, toId);
	}

}
