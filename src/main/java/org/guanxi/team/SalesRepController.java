package org.guanxi.team;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.guanxi.account.Account;
import org.guanxi.core.Deletion;
import org.guanxi.stakeholder.Person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SalesRepController {

	private final SalesRepService reps;

	private final KnowsService knows;

	SalesRepController(SalesRepService reps, KnowsService knows) {
		this.reps = reps;
		this.knows = knows;
	}

	@QueryMapping
	SalesRep salesRep(@Argument String id) {
		return this.reps.get(id);
	}

	@QueryMapping
	List<SalesRep> salesReps() {
		return this.reps.all();
	}

	@BatchMapping(typeName = "Account")
	Map<Account, List<SalesRep>> owners(List<Account> accounts) {
		return perSource(accounts, Account::id, this.reps::ownersByAccounts);
	}

	@BatchMapping(typeName = "SalesRep")
	Map<SalesRep, List<Account>> accounts(List<SalesRep> reps) {
		return perSource(reps, SalesRep::id, this.reps::accountsByReps);
	}

	@BatchMapping(typeName = "SalesRep", field = "knows")
	Map<SalesRep, List<KnowsTie>> repKnows(List<SalesRep> reps) {
		return perSource(reps, SalesRep::id, this.knows::byReps);
	}

	@BatchMapping(typeName = "Person", field = "knows")
	Map<Person, List<KnowsTie>> personKnows(List<Person> people) {
		return perSource(people, Person::id, this.knows::byPeople);
	}

	@MutationMapping
	SalesRep upsertSalesRep(@Argument SalesRepInput input) {
		return this.reps.upsert(input);
	}

	@MutationMapping
	Deletion deleteSalesRep(@Argument String id, @Argument Boolean cascade) {
		return this.reps.delete(id, Boolean.TRUE.equals(cascade));
	}

	@MutationMapping
	Account assignOwner(@Argument OwnerInput input) {
		return this.reps.assignOwner(input);
	}

	@MutationMapping
	Account unassignOwner(@Argument OwnerInput input) {
		return this.reps.unassignOwner(input);
	}

	@MutationMapping
	Object linkKnows(@Argument KnowsInput input) {
		return this.knows.link(input);
	}

	@MutationMapping
	Object unlinkKnows(@Argument String fromId, @Argument String toId) {
		return this.knows.unlink(fromId, toId);
	}

	/** Spreads lists loaded by id over their sources; sources with nothing get an empty list. */
	private static <S, T> Map<S, List<T>> perSource(List<S> sources, Function<S, String> id,
			Function<Collection<String>, Map<String, List<T>>> load) {
		Map<String, List<T>> loaded = load.apply(sources.stream().map(id).distinct().toList());
		Map<S, List<T>> result = new LinkedHashMap<>();
		sources.forEach(source -> result.put(source, loaded.getOrDefault(id.apply(source), List.of())));
		return result;
	}

}
