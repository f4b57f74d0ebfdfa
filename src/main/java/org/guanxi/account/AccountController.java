package org.guanxi.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.guanxi.api.Batches;
import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.PageRequest;
import org.guanxi.core.Text;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class AccountController {

	private final AccountService accounts;

	private final DealService deals;

	AccountController(AccountService accounts, DealService deals, BatchLoaderRegistry registry) {
		this.accounts = accounts;
		this.deals = deals;
		registry.<String, List<Deal>>forName("dealsByAccount")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> deals.byAccounts(ids)));
	}

	@QueryMapping
	Account account(@Argument String id) {
		return this.accounts.get(id);
	}

	@QueryMapping
	Connection<Account> accounts(@Argument AccountFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		// the accounts of the filter are counted only when totalCount is asked for
		return this.accounts.list(filter, PageRequest.of(first, after), selection.contains("totalCount"));
	}

	@QueryMapping
	Connection<Deal> deals(@Argument DealFilter filter, @Argument Integer first, @Argument String after) {
		return this.deals.list(filter, PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "Account")
	Map<Account, Double> revenue(List<Account> accounts) {
		Map<String, Double> revenue = this.accounts.revenue(ids(accounts));
		return accounts.stream().collect(Collectors.toMap(Function.identity(), a -> revenue.getOrDefault(a.id(), 0.0)));
	}

	@BatchMapping(typeName = "Account")
	Map<Account, List<Text>> dataErrors(List<Account> accounts) {
		Map<String, InvalidAmounts> invalid = this.accounts.invalidAmounts(ids(accounts));
		return accounts.stream()
			.collect(Collectors.toMap(Function.identity(), a -> invalid.containsKey(a.id())
					? List.of(invalid.get(a.id()).text()) : List.<Text>of(), (x, y) -> x));
	}

	@SchemaMapping(typeName = "Account")
	CompletableFuture<List<Deal>> deals(Account account, @Argument DealStatus status,
			DataLoader<String, List<Deal>> dealsByAccount) {
		return dealsByAccount.load(account.id())
			.thenApply(list -> list == null ? List.<Deal>of()
					: list.stream().filter(d -> status == null || status == d.status()).toList());
	}

	@BatchMapping(typeName = "Deal")
	Map<Deal, Account> account(List<Deal> deals) {
		return Batches.values(deals, Deal::accountId, this.accounts::byIds);
	}

	@MutationMapping
	Account upsertAccount(@Argument AccountInput input) {
		return this.accounts.upsert(input);
	}

	@MutationMapping
	Deletion deleteAccount(@Argument String id, @Argument Boolean cascade) {
		return this.accounts.delete(id, Boolean.TRUE.equals(cascade));
	}

	@MutationMapping
	Deal recordDeal(@Argument DealInput input) {
		return this.deals.record(input);
	}

	@MutationMapping
	Deal closeDeal(@Argument CloseDealInput input) {
		return this.deals.close(input);
	}

	@MutationMapping
	Deletion deleteDeal(@Argument String id) {
		return this.deals.delete(id);
	}

	private static List<String> ids(Collection<Account> accounts) {
		return accounts.stream().map(Account::id).distinct().toList();
	}

}
