package org.guanxi.team;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanxi.account.Account;
import org.guanxi.account.AccountNotFound;
import org.guanxi.core.Deletion;
import org.guanxi.core.Ids;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Text;
import org.guanxi.core.events.SalesRepsChanged;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.types.Node;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes sales reps and their ownership of accounts (the account team).
 */
@Service
@Transactional(readOnly = true)
public class SalesRepService {

	private final Cypher cypher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SalesRepService(Cypher cypher, Clock clock, ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.clock = clock;
		this.events = events;
	}

	/** The rep with this id; {@link SalesRepNotFound} when there is none. */
	public SalesRep get(String id) {
		return find(id).orElseThrow(() -> new SalesRepNotFound(id));
	}

	public Optional<SalesRep> find(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/** The reps with these ids, by id; unknown ids are left out. */
	public Map<String, SalesRep> byIds(Collection<String> ids) {
		Map<String, SalesRep> found = new HashMap<>();
		this.cypher.query("team/byIds", Map.of("ids", List.copyOf(ids)))
			.fetchAs(SalesRep.class)
			.mappedBy((types, record) -> SalesRep.from(record.get("r").asNode()))
			.all()
			.forEach(r -> found.put(r.id(), r));
		return found;
	}

	/** All reps by name, then id. */
	public List<SalesRep> all() {
		return List.copyOf(this.cypher.query("team/all")
			.fetchAs(SalesRep.class)
			.mappedBy((types, record) -> SalesRep.from(record.get("r").asNode()))
			.all());
	}

	/**
	 * Creates a rep (a name is required; the id is generated with prefix {@code rep} when absent) or updates the
	 * given fields of an existing one.
	 */
	@Transactional
	public SalesRep upsert(SalesRepInput input) {
		String id = Ids.orGenerate(input.id(), "rep");
		Map<String, Object> changes = input.changes().map();
		if (!changes.containsKey("name") && find(id).isEmpty()) {
			throw new InvalidInput("error.nameRequired.salesRep", id);
		}
		SalesRep saved = this.cypher
			.query("team/upsert", Map.of("id", id, "props", changes, "now", OffsetDateTime.now(this.clock)))
			.fetchAs(SalesRep.class)
			.mappedBy((types, record) -> SalesRep.from(record.get("r").asNode()))
			.one()
			.orElseThrow();
		this.events.publishEvent(new SalesRepsChanged());
		return saved;
	}

	/**
	 * Deletes a rep with its account ownerships and social ties. Refused while the rep has logged interactions,
	 * unless {@code cascade}: then the interactions stay, without rep.
	 */
	@Transactional
	public Deletion delete(String id, boolean cascade) {
		this.cypher.query("team/lock", Map.of("id", id)).run();
		Map<String, Object> dependents = this.cypher.query("team/dependents", Map.of("id", id))
			.fetch()
			.one()
			.orElseThrow(() -> new SalesRepNotFound(id));
		long logged = count(dependents, "logged");
		if (logged > 0 && !cascade) {
			throw new InvalidInput("error.repHasInteractions", id, logged);
		}
		this.cypher.query("team/delete", Map.of("id", id)).run();
		this.events.publishEvent(new SalesRepsChanged());
		List<Text> removed = new ArrayList<>();
		describe(removed, count(dependents, "owned"), "count.ownerships");
		describe(removed, count(dependents, "ties"), "count.knowsTies");
		describe(removed, logged, "count.loggedLinks");
		return new Deletion(id, removed);
	}

	/** Makes the rep an owner of the account (idempotent) and returns the account. */
	@Transactional
	public Account assignOwner(OwnerInput input) {
		return owner("team/assignOwner", input);
	}

	/** Removes the rep from the account's owners (nothing when it was not one) and returns the account. */
	@Transactional
	public Account unassignOwner(OwnerInput input) {
		return owner("team/unassignOwner", input);
	}

	/** The owners of each account, by name; accounts without owners are left out. */
	public Map<String, List<SalesRep>> ownersByAccounts(Collection<String> accountIds) {
		Map<String, List<SalesRep>> owners = new LinkedHashMap<>();
		this.cypher.query("team/ownersByAccounts", Map.of("ids", List.copyOf(accountIds)))
			.fetch()
			.all()
			.forEach(row -> owners.computeIfAbsent((String) row.get("accountId"), k -> new ArrayList<>())
				.add(SalesRep.from((Node) row.get("r"))));
		return owners;
	}

	/** The accounts each rep owns, by name; reps without accounts are left out. */
	public Map<String, List<Account>> accountsByReps(Collection<String> repIds) {
		Map<String, List<Account>> accounts = new LinkedHashMap<>();
		this.cypher.query("team/accountsByReps", Map.of("ids", List.copyOf(repIds)))
			.fetch()
			.all()
			.forEach(row -> accounts.computeIfAbsent((String) row.get("repId"), k -> new ArrayList<>())
				.add(Account.from((Node) row.get("a"))));
		return accounts;
	}

	private Account owner(String query, OwnerInput input) {
		String repId = input.repId();
		String accountId = input.accountId();
		if (find(repId).isEmpty()) {
			throw new SalesRepNotFound(repId);
		}
		return this.cypher.query(query, Map.of("repId", repId, "accountId", accountId))
			.fetchAs(Account.class)
			.mappedBy((types, record) -> Account.from(record.get("a").asNode()))
			.one()
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	private static long count(Map<String, Object> row, String key) {
		return ((Number) row.get(key)).longValue();
	}

	private static void describe(List<Text> removed, long count, String key) {
		if (count > 0) {
			removed.add(Text.of(key, count));
		}
	}

}
