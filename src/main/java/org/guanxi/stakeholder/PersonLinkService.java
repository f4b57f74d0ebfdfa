package org.guanxi.stakeholder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.guanxi.core.Check;
import org.guanxi.core.InvalidInput;
import org.guanxi.graph.Cypher;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting lines ({@code REPORTS_TO}, inside one account, no cycles) and influence ties ({@code INFLUENCES},
 * weighted 0..1) between people: reads them in batches and links or unlinks them.
 */
@Service
@Transactional(readOnly = true)
public class PersonLinkService {

	private final Cypher cypher;

	private final PersonService people;

	PersonLinkService(Cypher cypher, PersonService people) {
		this.cypher = cypher;
		this.people = people;
	}

	/** The manager of each person, by person id; people without a manager are left out. */
	public Map<String, Person> managers(Collection<String> personIds) {
		Map<String, Person> managers = new HashMap<>();
		this.cypher.query("stakeholder/managers", Map.of("ids", List.copyOf(personIds)))
			.fetch()
			.all()
			.forEach(row -> managers.put((String) row.get("personId"), person(row, "m")));
		return managers;
	}

	/** The direct reports of each person by level (none last), then name; people without reports are left out. */
	public Map<String, List<Person>> directReports(Collection<String> personIds) {
		Map<String, List<Person>> reports = new LinkedHashMap<>();
		this.cypher.query("stakeholder/directReports", Map.of("ids", List.copyOf(personIds)))
			.fetch()
			.all()
			.forEach(row -> reports.computeIfAbsent((String) row.get("managerId"), k -> new ArrayList<>())
				.add(person(row, "r")));
		return reports;
	}

	/** Whom each person sways, strongest first; people who sway no one are left out. */
	public Map<String, List<InfluenceTie>> influences(Collection<String> personIds) {
		return ties("stakeholder/influences", personIds);
	}

	/** Who sways each person, strongest first; people nobody sways are left out. */
	public Map<String, List<InfluenceTie>> influencedBy(Collection<String> personIds) {
		return ties("stakeholder/influencedBy", personIds);
	}

	/**
	 * Makes the person report to the manager, replacing a previous manager. Both must work at the same account,
	 * and the manager must not already report (directly or not) to the person.
	 * @return the person
	 */
	@Transactional
	public Person linkReportsTo(ReportsToInput input) {
		String personId = Check.id("personId", input.personId());
		String managerId = Check.id("managerId", input.managerId());
		if (personId.equals(managerId)) {
			throw new InvalidInput("error.reportsToSelf", personId);
		}
		this.cypher.query("stakeholder/lockAccountsOfPeople",
				Map.of("personIds", List.of(personId, managerId), "accountIds", List.of()))
			.run();
		Person person = this.people.get(personId);
		Person manager = this.people.get(managerId);
		if (!Objects.equals(person.accountId(), manager.accountId())) {
			throw new InvalidInput("error.managerElsewhere", personId, person.accountId(), managerId,
					manager.accountId());
		}
		this.cypher.query("stakeholder/reportingChain", Map.of("managerId", managerId, "personId", personId))
			.fetch()
			.one()
			.ifPresent(row -> {
				throw new ReportingCycle(personId, managerId, strings(row.get("chain")));
			});
		return this.cypher.query("stakeholder/linkReportsTo", Map.of("personId", personId, "managerId", managerId))
			.fetchAs(Person.class)
			.mappedBy((types, r) -> Person.from(r.get("p").asNode(), Props.string(r, "accountId")))
			.one()
			.orElseThrow();
	}

	/** Removes the person's reporting line to their manager, if any. @return the person */
	@Transactional
	public Person unlinkReportsTo(String personId) {
		Person person = this.people.get(personId);
		this.cypher.query("stakeholder/unlinkReportsTo", Map.of("personId", personId)).run();
		return person;
	}

	/** Creates the tie from -[:INFLUENCES]-> to, or updates its weight. @return the {@code from} person */
	@Transactional
	public Person linkInfluence(InfluenceInput input) {
		String fromId = Check.id("fromId", input.fromId());
		String toId = Check.id("toId", input.toId());
		if (fromId.equals(toId)) {
			throw new InvalidInput("error.influencesSelf", fromId);
		}
		Double weight = Objects.requireNonNull(Check.unit("weight", input.weight()), "weight");
		Person from = this.people.get(fromId);
		this.people.get(toId);
		this.cypher.query("stakeholder/linkInfluence", Map.of("fromId", fromId, "toId", toId, "weight", weight))
			.run();
		return from;
	}

	/** Removes the tie from -[:INFLUENCES]-> to, if any. @return the {@code from} person */
	@Transactional
	public Person unlinkInfluence(String fromId, String toId) {
		Person from = this.people.get(fromId);
		this.people.get(toId);
		this.cypher.query("stakeholder/unlinkInfluence", Map.of("fromId", fromId, "toId", toId)).run();
		return from;
	}

	private Map<String, List<InfluenceTie>> ties(String query, Collection<String> personIds) {
		Map<String, List<InfluenceTie>> ties = new LinkedHashMap<>();
		this.cypher.query(query, Map.of("ids", List.copyOf(personIds)))
			.fetch()
			.all()
			.forEach(row -> ties.computeIfAbsent((String) row.get("personId"), k -> new ArrayList<>())
				.add(new InfluenceTie(person(row, "other"), ((Number) row.get("weight")).doubleValue())));
		return ties;
	}

	private static Person person(Map<String, Object> row, String key) {
		return Person.from((Node) row.get(key), (String) row.get("accountId"));
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

}
