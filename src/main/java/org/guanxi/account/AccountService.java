package org.guanxi.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.Ids;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;
import org.guanxi.core.Text;
import org.guanxi.core.events.EvidenceChanging;
import org.guanxi.graph.Cypher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes accounts.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final Cypher cypher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountService(Cypher cypher, Clock clock, ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.clock = clock;
		this.events = events;
	}

	public Account get(String id) {
		return find(id).orElseThrow(() -> new AccountNotFound(id));
	}

	public Optional<Account> find(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/** The accounts with these ids, by id; unknown ids are left out. */
	public Map<String, Account> byIds(Collection<String> ids) {
		Map<String, Account> found = new HashMap<>();
		this.cypher.query("account/byIds", Map.of("ids", List.copyOf(ids)))
			.fetchAs(Account.class)
			.mappedBy((types, record) -> Account.from(record.get("a").asNode()))
			.all()
			.forEach(a -> found.put(a.id(), a));
		return found;
	}

	/**
	 * A page of the accounts of a filter, by name then id.
	 * @param countTotal whether to count the accounts of the filter (else the total count is 0)
	 */
	public Connection<Account> list(AccountFilter filter, PageRequest page, boolean countTotal) {
		Map<String, Object> parameters = (filter == null ? AccountFilter.NONE : filter).parameters();
		parameters.put("afterName", page.afterKey());
		parameters.put("afterId", page.afterId());
		parameters.put("limit", page.limit());
		parameters.put("countTotal", countTotal);
		var result = this.cypher.query("account/page", parameters).fetch().one().orElseThrow();
		List<Account> rows = new ArrayList<>();
		for (Object node : (List<?>) result.get("page")) {
			rows.add(Account.from((org.neo4j.driver.types.Node) node));
		}
		return Connection.of(rows, page, ((Number) result.get("total")).longValue(), Account::name, Account::id);
	}

	/** Won revenue per account id (0 when none). */
	public Map<String, Double> revenue(Collection<String> ids) {
		Map<String, Double> revenue = new HashMap<>();
		this.cypher.query("account/revenue", Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(row -> revenue.put((String) row.get("id"), ((Number) row.get("revenue")).doubleValue()));
		return revenue;
	}

	/** The deals with amounts Guanxi would refuse (written outside it), per account id; accounts without any are absent. */
	public Map<String, InvalidAmounts> invalidAmounts(Collection<String> ids) {
		Map<String, InvalidAmounts> invalid = new HashMap<>();
		this.cypher.query("account/invalidAmounts", Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(row -> {
				String id = (String) row.get("id");
				invalid.put(id, new InvalidAmounts(id, ((List<?>) row.get("deals")).stream().map(String::valueOf).toList()));
			});
		return invalid;
	}

	@Transactional
	public Account upsert(AccountInput input) {
		String id = Ids.orGenerate(input.id(), "acc");
		var changes = input.changes().map();
		Optional<Account> existing = find(id);
		if (existing.isEmpty() && !changes.containsKey("name")) {
			throw new InvalidInput("error.nameRequired.account", id);
		}
		if (existing.isPresent() && input.signed() != null) {
			String name = changes.containsKey("name") ? (String) changes.get("name") : existing.get().name();
			this.events.publishEvent(EvidenceChanging.ofAccount(id,
					Text.of(input.signed() ? "cause.accountSigned" : "cause.accountUnsigned", name)));
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("props", changes);
		parameters.put("now", now());
		parameters.put("owner", existing.isEmpty() ? this.cypher.ownerOfNewAccounts().orElse(null) : null);
		return this.cypher.query("account/upsert", parameters)
			.fetchAs(Account.class)
			.mappedBy((types, record) -> Account.from(record.get("a").asNode()))
			.one()
			.orElseThrow(() -> Ids.taken("account", id));
	}

	@Transactional
	public Deletion delete(String id, boolean cascade) {
		this.cypher.query("account/lock", Map.of("id", id)).run();
		Map<String, Object> dependents = this.cypher.query("account/dependents", Map.of("id", id))
			.fetch()
			.one()
			.orElseThrow(() -> new AccountNotFound(id));
		List<Text> hanging = describe(dependents);
		if (!hanging.isEmpty() && !cascade) {
			throw new InvalidInput("error.accountHasDependents", id, Text.list(hanging));
		}
		Map<String, Object> deleted = this.cypher.query("account/delete", Map.of("id", id)).fetch().one().orElseThrow();
		List<Text> removed = new ArrayList<>(describe(Map.of("people", deleted.get("people"), "deals",
				deleted.get("deals"), "interactions", deleted.get("interactions"))));
		if (((Number) dependents.get("referrals")).longValue() > 0) {
			removed.add(Text.of("count.referrals", dependents.get("referrals")));
		}
		return new Deletion(id, removed);
	}

	private static List<Text> describe(Map<String, Object> counts) {
		List<Text> parts = new ArrayList<>();
		for (String what : List.of("people", "deals", "referrals", "interactions")) {
			Object count = counts.get(what);
			if (count != null && ((Number) count).longValue() > 0) {
				parts.add(Text.of("count." + what, count));
			}
		}
		return parts;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
