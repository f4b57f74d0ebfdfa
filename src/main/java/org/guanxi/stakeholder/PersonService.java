package org.guanxi.stakeholder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.guanxi.account.AccountService;
import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.Ids;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;
import org.guanxi.core.Text;
import org.guanxi.core.events.EvidenceChanging;
import org.guanxi.graph.Cypher;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.Node;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, creates, updates and deletes the people inside accounts.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final Cypher cypher;

	private final AccountService accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PersonService(Cypher cypher, AccountService accounts, Clock clock, ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** The person with this id; {@link PersonNotFound} when there is none. */
	public Person get(String id) {
		return find(id).orElseThrow(() -> new PersonNotFound(id));
	}

	/** The person with this id, if any. */
	public Optional<Person> find(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/** The people with these ids, by id; unknown ids are left out. */
	public Map<String, Person> byIds(Collection<String> ids) {
		Map<String, Person> found = new HashMap<>();
		this.cypher.query("stakeholder/byIds", Map.of("ids", List.copyOf(ids)))
			.fetchAs(Person.class)
			.mappedBy((types, r) -> Person.from(r.get("p").asNode(), Props.string(r, "accountId")))
			.all()
			.forEach(p -> found.put(p.id(), p));
		return found;
	}

	/**
	 * The people of each account, by level (people without a level last), then name. Accounts without people are
	 * left out.
	 */
	public Map<String, List<Person>> byAccounts(Collection<String> accountIds) {
		Map<String, List<Person>> people = new LinkedHashMap<>();
		this.cypher.query("stakeholder/byAccounts", Map.of("ids", List.copyOf(accountIds)))
			.fetchAs(Person.class)
			.mappedBy((types, r) -> Person.from(r.get("p").asNode(), r.get("accountId").asString()))
			.all()
			.forEach(p -> people.computeIfAbsent(p.accountId(), k -> new ArrayList<>()).add(p));
		return people;
	}

	/** One page of the people matching the filter (null = all), ordered by name, then id. */
	/**
	 * A page of the people of a filter, by name then id.
	 * @param countTotal whether to count the people of the filter (else the total count is 0)
	 */
	public Connection<Person> list(PersonFilter filter, PageRequest page, boolean countTotal) {
		Map<String, Object> parameters = (filter == null ? PersonFilter.NONE : filter).parameters();
		parameters.put("countTotal", countTotal);
		parameters.put("afterName", page.afterKey());
		parameters.put("afterId", page.afterId());
		parameters.put("limit", page.limit());
		var result = this.cypher.query("stakeholder/page", parameters).fetch().one().orElseThrow();
		List<Person> rows = new ArrayList<>();
		for (Object row : (List<?>) result.get("page")) {
			Map<?, ?> m = (Map<?, ?>) row;
			rows.add(Person.from((Node) m.get("p"), (String) m.get("accountId")));
		}
		return Connection.of(rows, page, ((Number) result.get("total")).longValue(), Person::name, Person::id);
	}

	/**
	 * Creates or updates a person (keyed on id, generated with prefix {@code p} when absent). Fields left out keep
	 * their value; on creation {@code name} and {@code accountId} are required. A person with reporting lines
	 * cannot move to another account.
	 */
	@Transactional
	public Person upsert(PersonInput input) {
		String id = Ids.orGenerate(input.id(), "p");
		Map<String, Object> changes = input.changes().map();
		String accountId = input.checkedAccountId();
		if (accountId != null) {
			this.cypher.query("stakeholder/lockAccountsOfPeople",
					Map.of("personIds", List.of(id), "accountIds", List.of(accountId)))
				.run();
		}
		Optional<Person> existing = find(id);
		if (existing.isEmpty()) {
			checkCreatable(id, changes, accountId);
		}
		String account = accountId == null ? null : this.accounts.get(accountId).name();
		if (existing.isPresent() && accountId != null && !accountId.equals(existing.get().accountId())) {
			checkMovable(existing.get(), accountId);
		}
		if (existing.isEmpty() || (accountId != null && !accountId.equals(existing.get().accountId()))) {
			this.events.publishEvent(EvidenceChanging.ofPeople(List.of(id),
					Text.of(existing.isEmpty() ? "cause.personAdded" : "cause.personMoved", account)));
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("props", changes);
		parameters.put("accountId", accountId);
		parameters.put("now", OffsetDateTime.now(this.clock));
		return this.cypher.query("stakeholder/upsert", parameters)
			.fetchAs(Person.class)
			.mappedBy((types, r) -> Person.from(r.get("p").asNode(), Props.string(r, "accountId")))
			.one()
			.orElseThrow(() -> Ids.taken("person", id));
	}

	/**
	 * Deletes a person with their reporting lines, influence and social ties and employment. Refused while the
	 * person has interactions or referrals, unless {@code cascade} (then those go too).
	 */
	@Transactional
	public Deletion delete(String id, boolean cascade) {
		this.cypher.query("stakeholder/lock", Map.of("id", id)).run();
		Dependents dependents = dependents(id);
		List<Text> history = dependents.history();
		if (!history.isEmpty() && !cascade) {
			throw new InvalidInput("error.personHasHistory", id, Text.list(history));
		}
		this.cypher.query("stakeholder/delete", Map.of("id", id)).run();
		List<Text> removed = new ArrayList<>(history);
		removed.addAll(dependents.ties());
		return new Deletion(id, removed);
	}

	private void checkCreatable(String id, Map<String, Object> changes, String accountId) {
		if (!changes.containsKey("name")) {
			throw new InvalidInput("error.nameRequired.person", id);
		}
		if (accountId == null) {
			throw new InvalidInput("error.personAccountRequired", id);
		}
	}

	private void checkMovable(Person person, String accountId) {
		Dependents dependents = dependents(person.id());
		if (dependents.managers() + dependents.directReports() > 0) {
			throw new InvalidInput("error.moveWithReportingLines", person.id(), person.accountId(),
					dependents.managers(), dependents.directReports(), accountId);
		}
	}

	private Dependents dependents(String id) {
		Map<String, Object> row = this.cypher.query("stakeholder/dependents", Map.of("id", id))
			.fetch()
			.one()
			.orElseThrow(() -> new PersonNotFound(id));
		return new Dependents(count(row, "managers"), count(row, "directReports"), count(row, "influences"),
				count(row, "knows"), count(row, "interactions"), count(row, "referrals"));
	}

	private static long count(Map<String, Object> row, String key) {
		return ((Number) Objects.requireNonNull(row.get(key), key)).longValue();
	}

	/** The counts of what hangs on a person. */
	private record Dependents(long managers, long directReports, long influences, long knows, long interactions,
			long referrals) {

		/** Interactions and referrals: kept unless the delete cascades. */
		List<Text> history() {
			List<Text> parts = new ArrayList<>();
			add(parts, this.interactions, "count.interactions");
			add(parts, this.referrals, "count.referrals");
			return parts;
		}

		/** Ties that go with the person. */
		List<Text> ties() {
			List<Text> parts = new ArrayList<>();
			add(parts, this.managers + this.directReports, "count.reportingLines");
			add(parts, this.influences, "count.influences");
			add(parts, this.knows, "count.knows");
			return parts;
		}

		private static void add(List<Text> parts, long count, String key) {
			if (count > 0) {
				parts.add(Text.of(key, count));
			}
		}

	}

}
