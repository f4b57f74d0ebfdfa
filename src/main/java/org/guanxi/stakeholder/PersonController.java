package org.guanxi.stakeholder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guanxi.account.Account;
import org.guanxi.account.AccountService;
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
	Connection<Person> people(@Argument PersonFilter filter, @Argument Integer first, @Argument String after) {
		return this.people.list(filter, PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "Account")
	Map<Account, List<Person>> people(List<Account> accounts) {
		Map<String, List<Person>> found = this.people.byAccounts(accounts.stream().map(Account::id).distinct().toList());
		return accounts.stream()
			.collect(Collectors.toMap(Function.identity(), a -> found.getOrDefault(a.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Account> account(List<Person> people) {
		Map<String, Account> found = this.accounts
			.byIds(people.stream().map(Person::accountId).filter(id -> id != null).distinct().toList());
		return people.stream()
			.filter(p -> p.accountId() != null && found.containsKey(p.accountId()))
			.collect(Collectors.toMap(Function.identity(), p -> found.get(p.accountId()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Person> reportsTo(List<Person> people) {
		Map<String, Person> managers = this.links.managers(ids(people));
		return people.stream()
			.filter(p -> managers.containsKey(p.id()))
			.collect(Collectors.toMap(Function.identity(), p -> managers.get(p.id()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Person>> directReports(List<Person> people) {
		return byPerson(people, this.links.directReports(ids(people)));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<InfluenceTie>> influences(List<Person> people) {
		return byPerson(people, this.links.influences(ids(people)));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<InfluenceTie>> influencedBy(List<Person> people) {
		return byPerson(people, this.links.influencedBy(ids(people)));
	}

	@MutationMapping
	Person upsertPerson(@Argument PersonInput input) {
		return this.people.upsert(input);
	}

	@MutationMapping
	Deletion deletePerson(@Argument String id, @Argument boolean cascade) {
		return this.people.delete(id, cascade);
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

	private static List<String> ids(Collection<Person> people) {
		return people.stream().map(Person::id).distinct().toList();
	}

	private static <T> Map<Person, List<T>> byPerson(List<Person> people, Map<String, List<T>> found) {
		return people.stream()
			.collect(Collectors.toMap(Function.identity(), p -> found.getOrDefault(p.id(), List.of()), (a, b) -> a));
	}

}
