package org.guanxi.activity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;
import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.Ids;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;
import org.guanxi.core.events.EvidenceChanging;
import org.guanxi.core.events.InteractionLogged;
import org.guanxi.graph.Cypher;
import org.guanxi.graph.Props;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.PersonNotFound;
import org.guanxi.stakeholder.PersonService;
import org.guanxi.team.SalesRepService;
import org.neo4j.driver.types.Node;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, reads and deletes interactions: {@code (SalesRep)-[:LOGGED]->(Interaction)-[:WITH]->(Person)}.
 * {@link #record(InteractionInput)} is the only write path of an interaction.
 */
@Service
@Transactional(readOnly = true)
public class InteractionService {

	private final Cypher cypher;

	private final SalesRepService reps;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PersonService people;

	InteractionService(Cypher cypher, SalesRepService reps, PersonService people, Clock clock,
			ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.reps = reps;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/** The interaction with this id; {@link InteractionNotFound} when there is none. */
	public Interaction get(String id) {
		return find(id).orElseThrow(() -> new InteractionNotFound(id));
	}

	public Optional<Interaction> find(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/** The interactions with these ids, by id; unknown ids are left out. */
	public Map<String, Interaction> byIds(Collection<String> ids) {
		Map<String, Interaction> found = new HashMap<>();
		this.cypher.query("activity/byIds", Map.of("ids", List.copyOf(ids)))
			.fetchAs(Interaction.class)
			.mappedBy((types, r) -> Interaction.from(r.get("i").asNode(), Props.string(r, "repId"),
					Props.string(r, "personId")))
			.all()
			.forEach(i -> found.put(i.id(), i));
		return found;
	}

	/**
	 * Logs an interaction, or updates it when the id exists (the rep and the person may change: it is relinked).
	 * The rep and the person must exist. Defaults on creation: id {@code int-...}, {@code at} now, name from
	 * kind and person ("VISIT with 王强"). On update, absent optional fields keep their value, and a generated
	 * name follows a change of kind or person.
	 */
	@Transactional
	public Interaction record(InteractionInput input) {
		String id = Ids.orGenerate(input.id(), "int");
		String repId = Check.id("repId", input.repId());
		String personId = Check.id("personId", input.personId());
		if (input.kind() == null) {
			throw new InvalidInput("error.kindRequired");
		}
		String givenName = Check.optionalName("name", input.name());
		this.reps.get(repId);
		Interaction previous = find(id).orElse(null);
		List<String> personIds = new ArrayList<>(List.of(personId));
		if (previous != null && previous.personId() != null) {
			personIds.add(previous.personId());
		}
		Map<String, Person> people = people(personIds);
		Person person = people.get(personId);
		if (person == null) {
			throw new PersonNotFound(personId);
		}
		Changes changes = Changes.of()
			.put("kind", input.kind())
			.put("name", givenName != null ? givenName : name(previous, people, input.kind(), person))
			.put("at", input.at() != null || previous != null ? input.at() : OffsetDateTime.now(this.clock))
			.put("outcome", input.outcome())
			.put("note", input.note());
		this.events.publishEvent(EvidenceChanging.ofPeople(personIds, null));
		Interaction saved = this.cypher
			.query("activity/record", Map.of("id", id, "repId", repId, "personId", personId, "props", changes.map()))
			.fetchAs(Interaction.class)
			.mappedBy((types, r) -> Interaction.from(r.get("i").asNode(), Props.string(r, "repId"),
					Props.string(r, "personId")))
			.one()
			.orElseThrow(() -> Ids.taken("interaction", id));
		this.events.publishEvent(new InteractionLogged(saved.id(), saved.personId()));
		if (previous != null && previous.personId() != null && !previous.personId().equals(saved.personId())) {
			this.events.publishEvent(new InteractionLogged(saved.id(), previous.personId()));
		}
		return saved;
	}

	/** Deletes an interaction; {@link InteractionNotFound} when there is none. */
	@Transactional
	public Deletion delete(String id) {
		Interaction gone = get(id);
		if (gone.personId() != null) {
			this.events.publishEvent(EvidenceChanging.ofPeople(List.of(gone.personId()), null));
		}
		this.cypher.query("activity/delete", Map.of("id", id)).run();
		if (gone.personId() != null) {
			this.events.publishEvent(new InteractionLogged(id, gone.personId()));
		}
		return new Deletion(id, List.of());
	}

	/** A page of interactions, newest first (then by id); the cursor holds (at, id). */
	public Connection<Interaction> list(InteractionFilter filter, PageRequest page) {
		Map<String, Object> parameters = (filter == null ? InteractionFilter.NONE : filter).parameters();
		parameters.put("afterMillis", afterMillis(page));
		parameters.put("afterId", page.afterId());
		parameters.put("limit", page.limit());
		String query = parameters.get("accountId") != null ? "activity/pageOfAccount" : "activity/page";
		var result = this.cypher.query(query, parameters).fetch().one().orElseThrow();
		List<Interaction> rows = new ArrayList<>();
		for (Object row : (List<?>) result.get("page")) {
			Map<?, ?> m = (Map<?, ?>) row;
			rows.add(Interaction.from((Node) m.get("i"), (String) m.get("repId"), (String) m.get("personId")));
		}
		return Connection.of(rows, page, ((Number) result.get("total")).longValue(),
				i -> String.valueOf(InteractionFilter.millis(i.at())), Interaction::id);
	}

	/** The interactions with each person, newest first; people without interactions are left out. */
	public Map<String, List<Interaction>> byPersons(Collection<String> personIds) {
		Map<String, List<Interaction>> found = new LinkedHashMap<>();
		this.cypher.query("activity/byPeople", Map.of("ids", List.copyOf(personIds))).fetch().all().forEach(row -> {
			String personId = (String) row.get("personId");
			Interaction i = Interaction.from((Node) row.get("i"), (String) row.get("repId"), personId);
			found.computeIfAbsent(personId, k -> new ArrayList<>()).add(i);
		});
		return found;
	}

	/** The contacts with these ids, by id; unknown ids are left out. */
	Map<String, Person> people(Collection<String> ids) {
		return this.people.byIds(ids);
	}

	/** The name to store when none is given: generated on creation, and kept up to date while generated. */
	private static String name(Interaction previous, Map<String, Person> people, String kind, Person person) {
		if (previous == null) {
			return defaultName(kind, person);
		}
		Person before = people.get(previous.personId());
		boolean generated = before != null && defaultName(previous.kind(), before).equals(previous.name());
		return generated ? defaultName(kind, person) : null;
	}

	private static String defaultName(String kind, Person person) {
		return kind + " with " + person.name();
	}

	private static Long afterMillis(PageRequest page) {
		if (page.afterKey() == null) {
			return null;
		}
		try {
			return Long.valueOf(page.afterKey());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("error.badInteractionCursor");
		}
	}

}
