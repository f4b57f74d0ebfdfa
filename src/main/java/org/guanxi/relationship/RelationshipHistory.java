package org.guanxi.relationship;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Causes;
import org.guanxi.relationship.internal.Halves;
import org.guanxi.relationship.internal.StoredText;
import org.guanxi.relationship.internal.Timeline;
import org.guanxi.relationship.internal.Values;
import org.guanxi.relationship.internal.Window;
import org.guanxi.stakeholder.RelationshipClass;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the history of class changes, only ever appended. Writes record the change they cause in their own
 * transaction, at their own time ({@link #record}); before a write changes the evidence, the changes time alone
 * brought about since the class was last recorded are appended first, each stamped with the moment the evidence
 * aged out ({@link #catchUp}). Reads only compute: {@link #pending} gives the changes time brought about that no
 * write or daily job has recorded yet, exactly as they will be recorded.
 */
@Component
class RelationshipHistory {

	/** The cause of the first entry of a person whose class was never recorded (data written outside Guanxi). */
	static final Text FIRST_RECORDED = Text.of("cause.firstRecorded");

	/** The cause of an entry for evidence changed outside Guanxi (e.g. with Cypher), found by a later check. */
	static final Text WRITTEN_OUTSIDE = Text.of("cause.writtenOutside");

	private final Cypher cypher;

	private final Clock clock;

	private final RelationshipSettings settings;

	RelationshipHistory(Cypher cypher, Clock clock, RelationshipSettings settings) {
		this.cypher = cypher;
		this.clock = clock;
		this.settings = settings;
	}

	/** Runs named queries: through the current Spring transaction, or another transaction of the caller's. */
	@FunctionalInterface
	interface Queries {

		List<Map<String, Object>> run(String name, Map<String, Object> parameters);

	}

	private Queries spring() {
		return (name, parameters) -> List.copyOf(this.cypher.query(name, parameters).fetch().all());
	}

	/** The halves of each person as of now, by person id; unknown ids are left out. */
	Map<String, Halves> halves(Collection<String> personIds) {
		return halves(spring(), personIds);
	}

	private Map<String, Halves> halves(Queries queries, Collection<String> personIds) {
		Map<String, Halves> halves = new LinkedHashMap<>();
		queries.run("relationship/halves", Window.parameters(this.clock, this.settings, personIds))
			.forEach(row -> halves.put((String) row.get("id"), Halves.from(row)));
		return halves;
	}

	/** The halves of each person working at the account as of now, by person id; empty for an unknown account. */
	Map<String, Halves> halvesOfAccount(String accountId) {
		return halvesOfScope(Values.maps(accountScope(accountId, null, false).get("people")));
	}

	/**
	 * One row of {@code relationship/accountScope}: whether the account (visible to the user) and the rep exist,
	 * and the people of the account (of those the rep owns, when given) by name, id, each with the columns of
	 * {@link Halves#from}, and the Person node as {@code p} when {@code nodes}.
	 */
	Map<String, Object> accountScope(String accountId, String repId, boolean nodes) {
		Map<String, Object> parameters = Window.accountParameters(this.clock, this.settings, accountId);
		parameters.put("repId", repId);
		parameters.put("nodes", nodes);
		return this.cypher.query("relationship/accountScope", parameters).fetch().one().orElseThrow();
	}

	/** The halves of the people of {@link #accountScope}, by person id, in its order. */
	static Map<String, Halves> halvesOfScope(List<Map<String, Object>> people) {
		Map<String, Halves> halves = new LinkedHashMap<>();
		people.forEach(row -> halves.put((String) row.get("id"), Halves.from(row)));
		return halves;
	}

	/**
	 * The changes time alone brought about since each person's class was last recorded, not recorded yet, by
	 * person id (people without any are left out). Writes nothing.
	 */
	Map<String, List<RelationshipChange>> pending(Collection<String> personIds) {
		return pending(spring(), personIds, OffsetDateTime.now(this.clock));
	}

	/**
	 * The changes time alone brought about, as {@link #pending(Collection)} finds them, from timelines read by the
	 * caller (e.g. with the relationship view, in the same query).
	 */
	Map<String, List<RelationshipChange>> pendingOf(List<Timeline> timelines) {
		return pendingOf(timelines, OffsetDateTime.now(this.clock));
	}

	private Map<String, List<RelationshipChange>> pending(Queries queries, Collection<String> personIds,
			OffsetDateTime now) {
		return pendingOf(timelines(queries, personIds), now);
	}

	private Map<String, List<RelationshipChange>> pendingOf(List<Timeline> timelines, OffsetDateTime now) {
		Map<String, List<RelationshipChange>> pending = new HashMap<>();
		for (Timeline timeline : timelines) {
			List<RelationshipChange> changes = timeline.changesUntil(now, this.clock.getZone(), this.settings);
			if (!changes.isEmpty()) {
				pending.put(timeline.personId(), changes);
			}
		}
		return pending;
	}

	private List<Timeline> timelines(Queries queries, Collection<String> personIds) {
		Map<String, Object> parameters = Map.of("ids", List.copyOf(personIds), "personalKinds",
				this.settings.personalKinds());
		return queries.run("relationship/timeline", parameters).stream().map(Timeline::from).toList();
	}

	/**
	 * Before a write changes the evidence of these people: appends the changes time alone brought about since
	 * their class was last recorded (each at its own moment), and the first entry of people never recorded.
	 * @return the changes appended, by person id
	 */
	@Transactional
	public Map<String, List<RelationshipChange>> catchUp(Collection<String> personIds) {
		return catchUp(spring(), personIds);
	}

	Map<String, List<RelationshipChange>> catchUp(Queries queries, Collection<String> personIds) {
		Map<String, List<RelationshipChange>> appended = new HashMap<>();
		if (personIds.isEmpty()) {
			return appended;
		}
		List<String> ids = lock(queries, personIds);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Map<String, Object>> people = new ArrayList<>();
		for (Timeline timeline : timelines(queries, ids)) {
			List<Map<String, Object>> changes = new ArrayList<>();
			timeline.changesUntil(now, this.clock.getZone(), this.settings).forEach(c -> changes.add(entry(c)));
			RelationshipClass last = changes.isEmpty() ? timeline.recorded()
					: RelationshipClass.valueOf((String) changes.get(changes.size() - 1).get("to"));
			Halves halves = timeline.halvesAt(now.toInstant(), this.clock.getZone(), this.settings, last);
			if (halves.drifted()) {
				Text prefix = timeline.checkedAt() == null ? FIRST_RECORDED : WRITTEN_OUTSIDE;
				changes.add(entry(new RelationshipChange(last, halves.classification(), now,
						Causes.of(prefix, halves, this.settings))));
			}
			people.add(Map.of("id", timeline.personId(), "changes", changes));
		}
		queries.run("relationship/recordTimeline", Map.of("people", people, "now", now))
			.forEach(row -> appended.computeIfAbsent((String) row.get("personId"), k -> new ArrayList<>())
				.add(change(Values.map(row.get("change")))));
		return appended;
	}

	/**
	 * After a write changed the evidence of these people, in its transaction: records the change of every one
	 * whose class now differs from the recorded one, at this moment, with the cause "{@code prefix}: what
	 * changed"; marks all of them recorded up to now.
	 * @return the changes recorded, by person id
	 */
	@Transactional
	public Map<String, List<RelationshipChange>> record(Collection<String> personIds, Text prefix) {
		return record(spring(), personIds, prefix);
	}

	Map<String, List<RelationshipChange>> record(Queries queries, Collection<String> personIds, Text prefix) {
		Map<String, List<RelationshipChange>> recorded = new HashMap<>();
		if (personIds.isEmpty()) {
			return recorded;
		}
		List<String> ids = lock(queries, personIds);
		List<Map<String, Object>> changes = halves(queries, ids).values()
			.stream()
			.map(h -> withCause(Map.of("personId", h.personId(), "to", h.classification().name()),
					Causes.of(prefix, h, this.settings)))
			.toList();
		queries.run("relationship/recordChanges", Map.of("changes", changes, "now", OffsetDateTime.now(this.clock)))
			.forEach(row -> recorded.computeIfAbsent((String) row.get("personId"), k -> new ArrayList<>())
				.add(change(Values.map(row.get("change")))));
		return recorded;
	}

	/**
	 * The entry {@link #record} makes for a person with these halves derived from evidence, no assessment and no
	 * class recorded before: from, to, cause, causeKey and causeArgs; null when the class stays OUTSIDER.
	 */
	Map<String, Object> firstEntry(boolean organisation, boolean personal, Text prefix) {
		Halves halves = new Halves(null, organisation, personal, null, null, RelationshipClass.OUTSIDER);
		if (!halves.drifted()) {
			return null;
		}
		return withCause(Map.of("from", RelationshipClass.OUTSIDER.name(), "to", halves.classification().name()),
				Causes.of(prefix, halves, this.settings));
	}

	/** The people of these accounts, by id. */
	List<String> peopleOf(Queries queries, Collection<String> accountIds) {
		List<String> people = new ArrayList<>();
		if (!accountIds.isEmpty()) {
			queries.run("relationship/accountPeople", Map.of("ids", List.copyOf(accountIds)))
				.forEach(row -> people.add((String) row.get("id")));
		}
		return people;
	}

	List<String> peopleOf(Collection<String> accountIds) {
		return peopleOf(spring(), accountIds);
	}

	private static List<String> lock(Queries queries, Collection<String> personIds) {
		List<String> ids = List.copyOf(new TreeSet<>(personIds));
		queries.run("relationship/lock", Map.of("ids", ids));
		return ids;
	}

	private static Map<String, Object> entry(RelationshipChange change) {
		return withCause(Map.of("from", change.from().name(), "to", change.to().name(), "at", change.at()),
				change.cause());
	}

	/**
	 * The properties with the cause: in English words ({@code cause}, as shown to readers of the stored data and
	 * the backup files), and as its message key and arguments ({@code causeKey}, {@code causeArgs}), put into the
	 * reader's language when shown.
	 */
	private static Map<String, Object> withCause(Map<String, Object> properties, Text cause) {
		Map<String, Object> entry = new HashMap<>(properties);
		entry.put("cause", cause.toString());
		entry.put("causeKey", cause.key());
		entry.put("causeArgs", StoredText.args(cause));
		return entry;
	}

	static RelationshipChange change(Map<String, Object> c) {
		return new RelationshipChange(RelationshipClass.valueOf(Values.string(c.get("from"))),
				RelationshipClass.valueOf(Values.string(c.get("to"))), Values.dateTime(c.get("at")),
				StoredText.of(Values.string(c.get("causeKey")), Values.string(c.get("causeArgs")),
						Values.string(c.get("cause"))));
	}

}
