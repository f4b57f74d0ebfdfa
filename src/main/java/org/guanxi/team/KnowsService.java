package org.guanxi.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Check;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Named;
import org.guanxi.graph.Cypher;
import org.guanxi.graph.Props;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.PersonNotFound;
import org.guanxi.stakeholder.PersonService;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social ties ({@code KNOWS}, strength 0..1) from people and sales reps to people, usable for introductions.
 */
@Service
@Transactional(readOnly = true)
public class KnowsService {

	private static final String PERSON = "Person";

	private static final String SALES_REP = "SalesRep";

	private final Cypher cypher;

	private final SalesRepService reps;

	private final PersonService people;

	KnowsService(Cypher cypher, SalesRepService reps, PersonService people) {
		this.cypher = cypher;
		this.reps = reps;
		this.people = people;
	}

	/**
	 * Records the tie, or updates its strength (and its date when given), and returns where it starts from: a
	 * {@link Person} or a {@link SalesRep}.
	 */
	@Transactional
	public Named link(KnowsInput input) {
		String fromId = Check.id("fromId", input.fromId());
		String toId = Check.id("toId", input.toId());
		if (input.strength() == null) {
			throw new InvalidInput("error.strengthRequired");
		}
		Check.unit("strength", input.strength());
		Check.notSame("KNOWS", fromId, toId);
		End from = end(fromId);
		person(toId);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("fromId", fromId);
		parameters.put("fromLabel", from.label());
		parameters.put("toId", toId);
		parameters.put("strength", input.strength());
		parameters.put("since", input.since());
		this.cypher.query("team/linkKnows", parameters).run();
		return from.entity();
	}

	/** Removes the tie (nothing when there is none) and returns where it started from. */
	@Transactional
	public Named unlink(String fromId, String toId) {
		String from = Check.id("fromId", fromId);
		String to = Check.id("toId", toId);
		End end = end(from);
		person(to);
		this.cypher.query("team/unlinkKnows", Map.of("fromId", from, "fromLabel", end.label(), "toId", to)).run();
		return end.entity();
	}

	/** The ties of each person, both directions, strongest first; people without ties are left out. */
	public Map<String, List<KnowsTie>> byPeople(Collection<String> personIds) {
		return ties("team/knowsByPeople", personIds);
	}

	/** The ties of each rep, strongest first; reps without ties are left out. */
	public Map<String, List<KnowsTie>> byReps(Collection<String> repIds) {
		return ties("team/knowsByReps", repIds);
	}

	private Map<String, List<KnowsTie>> ties(String query, Collection<String> ids) {
		Map<String, List<KnowsTie>> ties = new LinkedHashMap<>();
		this.cypher.query(query, Map.of("ids", List.copyOf(ids))).fetch().all().forEach(row -> {
			Node other = (Node) row.get("other");
			Named entity = other.hasLabel(PERSON) ? Person.from(other, (String) row.get("otherAccountId"))
					: SalesRep.from(other);
			KnowsTie tie = new KnowsTie(entity, ((Number) row.get("strength")).doubleValue(),
					(LocalDate) row.get("since"), (Boolean) row.get("outgoing"));
			ties.computeIfAbsent((String) row.get("id"), k -> new ArrayList<>()).add(tie);
		});
		return ties;
	}

	private End end(String id) {
		Person person = findPerson(id);
		SalesRep rep = this.reps.find(id).orElse(null);
		if (person != null && rep != null) {
			throw new InvalidInput("error.ambiguousTieEnd", id, person.name(), rep.name());
		}
		if (person != null) {
			return new End(PERSON, person);
		}
		if (rep != null) {
			return new End(SALES_REP, rep);
		}
		throw new TieEndNotFound("PersonOrSalesRep", id);
	}

	private Person person(String id) {
		Person person = findPerson(id);
		if (person == null) {
			throw new PersonNotFound(id);
		}
		return person;
	}

	private Person findPerson(String id) {
		return this.people.byIds(List.of(id)).get(id);
	}

	private record End(String label, Named entity) {
	}

}
