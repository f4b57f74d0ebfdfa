package org.guanxi.relationship;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Causes;
import org.guanxi.relationship.internal.Halves;
import org.guanxi.relationship.internal.Values;
import org.guanxi.relationship.internal.Window;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the history of class changes: appends a {@code RelationshipChange} whenever a contact's current class
 * differs from the class last recorded. Entries are only ever appended, and a person already recorded with its
 * current class gets no entry, so writers, the daily job and reads can all call it without duplicates.
 */
@Component
@Transactional
class RelationshipHistory {

	private final Cypher cypher;

	private final Clock clock;

	private final RelationshipSettings settings;

	RelationshipHistory(Cypher cypher, Clock clock, RelationshipSettings settings) {
		this.cypher = cypher;
		this.clock = clock;
		this.settings = settings;
	}

	/** The halves of each person as of now, by person id; unknown ids are left out. */
	@Transactional(readOnly = true)
	Map<String, Halves> halves(Collection<String> personIds) {
		Map<String, Halves> halves = new LinkedHashMap<>();
		this.cypher.query("relationship/halves", Window.parameters(this.clock, this.settings, personIds))
			.fetch()
			.all()
			.forEach(row -> halves.put((String) row.get("id"), Halves.from(row)));
		return halves;
	}

	/** The halves of each person working at the account as of now, by person id; empty for an unknown account. */
	@Transactional(readOnly = true)
	Map<String, Halves> halvesOfAccount(String accountId) {
		Map<String, Halves> halves = new LinkedHashMap<>();
		this.cypher.query("relationship/accountHalves", Window.accountParameters(this.clock, this.settings, accountId))
			.fetch()
			.all()
			.forEach(row -> halves.put((String) row.get("id"), Halves.from(row)));
		return halves;
	}

	/** Records the change of every person whose class changed, with the cause "{@code prefix}: what changed". */
	Map<String, List<RelationshipChange>> reconcile(Collection<String> personIds, String prefix) {
		return record(halves(personIds).values(), h -> Causes.of(prefix, h, this.settings));
	}

	/**
	 * Records a change for each of these people whose current class differs from the recorded one.
	 * @return the changes recorded, by person id
	 */
	Map<String, List<RelationshipChange>> record(Collection<Halves> halves, Function<Halves, String> cause) {
		List<Map<String, Object>> changes = halves.stream()
			.filter(Halves::drifted)
			.map(h -> Map.<String, Object>of("personId", h.personId(), "to", h.classification().name(), "cause",
					cause.apply(h)))
			.toList();
		Map<String, List<RelationshipChange>> recorded = new HashMap<>();
		if (changes.isEmpty()) {
			return recorded;
		}
		this.cypher.query("relationship/recordChanges", Map.of("changes", changes, "now", OffsetDateTime.now(this.clock)))
			.fetch()
			.all()
			.forEach(row -> recorded.computeIfAbsent((String) row.get("personId"), k -> new java.util.ArrayList<>())
				.add(change(Values.map(row.get("change")))));
		return recorded;
	}

	static RelationshipChange change(Map<String, Object> c) {
		return new RelationshipChange(Values.string(c.get("from")), Values.string(c.get("to")),
				Values.dateTime(c.get("at")), Values.string(c.get("cause")));
	}

}
