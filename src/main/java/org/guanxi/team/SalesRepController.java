package org.guanxi.team;

import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.api.Batches;
import org.guanxi.core.Deletion;
import org.guanxi.core.Named;
import org.guanxi.core.PageRequest;
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
	List<SalesRep> salesReps(@Argument Integer first, @Argument int offset) {
		return PageRequest.slice(this.reps.all(), offset, first);
	}

	@BatchMapping(typeName = "Account")
	Map<Account, List<SalesRep>> owners(List<Account> accounts) {
		return Batches.lists(accounts, Account::id, this.reps::ownersByAccounts);
	}

	@BatchMapping(typeName = "SalesRep")
	Map<SalesRep, List<Account>> accounts(List<SalesRep> reps) {
		return Batches.lists(reps, SalesRep::id, this.reps::accountsByReps);
	}

	@BatchMapping(typeName = "SalesRep", field = "knows")
	Map<SalesRep, List<KnowsTie>> repKnows(List<SalesRep> reps) {
		return Batches.lists(reps, SalesRep::id, this.knows::byReps);
	}

	@BatchMapping(typeName = "Person", field = "knows")
	Map<Person, List<KnowsTie>> personKnows(List<Person> people) {
		return Batches.lists(people, Person::id, this.knows::byPeople);
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
	Named linkKnows(@Argument KnowsInput input) {
		return this.knows.link(input);
	}

	@MutationMapping
	Named unlinkKnows(@Argument String fromId, @Argument String toId) {
		return this.knows.unlink(fromId, toId);
	}

}
