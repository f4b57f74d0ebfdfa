package org.guanxi.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.AccountNotFound;
import org.guanxi.core.Connection;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Evidence;
import org.guanxi.relationship.internal.Halves;
import org.guanxi.relationship.internal.NextStep;
import org.guanxi.relationship.internal.Road;
import org.guanxi.relationship.internal.Timeline;
import org.guanxi.relationship.internal.Values;
import org.guanxi.relationship.internal.ViewLists;
import org.guanxi.relationship.internal.Window;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.RelationshipClassifier;
import org.guanxi.team.SalesRepNotFound;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our relationship with contacts, following design.md: the organisation's interest is met when the account is
 * signed or has a WON deal closed in the last {@code wonDealDays} days (one closed exactly that many days ago
 * counts); the personal interest when the contact has at least {@code personalInteractions} POSITIVE personal
 * interactions in the last {@code personalDays} days (one exactly that long ago counts). The latest explicit
 * assessment overrides the halves it gives.
 * <p>
 * Reads never write: the history they show is the recorded one followed by the changes time alone brought about
 * since (evidence ageing out), computed exactly as the daily job or the next write will record them.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipService implements RelationshipClassifier {

	private final Cypher cypher;

	private final Clock clock;

	private final RelationshipSettings settings;

	private final RelationshipHistory history;

	RelationshipService(Cypher cypher, Clock clock, RelationshipSettings settings, RelationshipHistory history) {
		this.cypher = cypher;
		this.clock = clock;
		this.settings = settings;
		this.history = history;
	}

	@Override
	public Map<String, RelationshipClass> classify(Collection<String> personIds) {
		return classes(this.history.halves(personIds));
	}

	@Override
	public Map<String, RelationshipClass> classifyPeopleOf(String accountId) {
		return classes(this.history.halvesOfAccount(accountId));
	}

	private static Map<String, RelationshipClass> classes(Map<String, Halves> halves) {
		Map<String, RelationshipClass> classes = new HashMap<>();
		halves.forEach((id, h) -> classes.put(id, h.classification()));
		return classes;
	}

	/**
	 * The relationship with each person as of now, by person id (unknown ids are left out), in one query.
	 */
	public Map<String, Relationship> relationships(Collection<String> personIds) {
		List<Map<String, Object>> read = List.copyOf(this.cypher
			.query("relationship/view", Window.parameters(this.clock, this.settings, personIds))
			.fetch()
			.all());
		Map<String, List<RelationshipChange>> pending = this.history
			.pendingOf(read.stream().map(Timeline::fromView).toList());
		List<Map<String, Object>> rows = read.stream().map(ViewLists::ordered).toList();
		Map<String, Relationship> relationships = new HashMap<>();
		for (Map<String, Object> row : rows) {
			String id = (String) row.get("id");
			relationships.put(id, relationship(row, derivedFromView(row), pending.getOrDefault(id, List.of())));
		}
		return relationships;
	}

	/**
	 * The class and halves of the relationship with each person as of now, by person id (unknown ids are left
	 * out), in one query lighter than {@link #relationships}: its other parts are left empty (no assessment,
	 * evidence, history or next step). For requests that ask nothing else.
	 */
	public Map<String, Relationship> classOnly(Collection<String> personIds) {
		Map<String, Relationship> classes = new HashMap<>();
		this.history.halves(personIds).forEach((id, halves) -> classes.put(id, classOnly(halves)));
		return classes;
	}

	private static Relationship classOnly(Halves halves) {
		return of(halves, null, List.of(), List.of(), null, List.of(), null, null);
	}

	/**
	 * People of an account and/or a rep's accounts with a class, by name (a Relay connection), and, for the people
	 * of an account, the class and halves of each person of the page, read with them (as {@link #classOnly} gives
	 * them).
	 */
	public PeoplePage list(String accountId, String repId, RelationshipClass classification, PageRequest page) {
		List<Map<String, Object>> scope = scope(accountId, repId);
		// an account's scope brings the halves of its people; the other scopes read them only to filter by class
		Map<String, Halves> halves = accountId == null && classification == null ? Map.of()
				: halves(scope, accountId);
		List<Map<String, Object>> matching = scope.stream()
			.filter(p -> classification == null || classification(halves, p) == classification)
			.toList();
		List<Map<String, Object>> pageRows = matching.stream()
			.filter(p -> page.afterId() == null || after(p, page))
			.limit(page.limit())
			.toList();
		List<Person> rows;
		Map<String, Relationship> classes = new HashMap<>();
		if (accountId != null) {
			// the account's scope brings its people's nodes
			rows = pageRows.stream().map(p -> Person.from((Node) p.get("p"), accountId)).toList();
			rows.forEach(p -> classes.put(p.id(), classOnly(halves.get(p.id()))));
		}
		else {
			Map<String, Person> people = people(ids(pageRows));
			rows = pageRows.stream().map(p -> people.get((String) p.get("id"))).toList();
		}
		return new PeoplePage(Connection.of(rows, page, matching.size(), Person::name, Person::id), classes);
	}

	/**
	 * A page of {@link #list}: the people, and the class and halves of those whose scope brought them, by person
	 * id (empty for the other scopes).
	 */
	public record PeoplePage(Connection<Person> people, Map<String, Relationship> classes) {
	}

	/** How many people of an account and/or a rep's accounts have each class; all four classes, in order. */
	public List<ClassCount> mix(String accountId, String repId) {
		Map<RelationshipClass, Integer> counts = new EnumMap<>(RelationshipClass.class);
		for (RelationshipClass c : RelationshipClass.values()) {
			counts.put(c, 0);
		}
		halves(scope(accountId, repId), accountId).values()
			.forEach(h -> counts.merge(h.classification(), 1, Integer::sum));
		return counts.entrySet().stream().map(e -> new ClassCount(e.getKey().name(), e.getValue())).toList();
	}

	/**
	 * The class changes from the start of {@code from} to the end of {@code to} (days in the configured time
	 * zone), oldest first: those recorded and those time brought about that are not recorded yet.
	 */
	public List<RelationshipChangeRecord> changes(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidInput("error.fromAfterTo", from, to);
		}
		OffsetDateTime start = start(from);
		OffsetDateTime end = start(to.plusDays(1));
		Map<String, Object> parameters = Map.of("from", start, "to", end);
		List<RelationshipChangeRecord> changes = new ArrayList<>();
		this.cypher.query("relationship/changes", parameters).fetch().all().forEach(row -> {
			Person person = Person.from(((Node) row.get("p")), (String) row.get("accountId"));
			RelationshipChange c = RelationshipHistory.change(Values.map(row.get("change")));
			changes.add(new RelationshipChangeRecord(person, c.from(), c.to(), c.at(), c.cause()));
		});
		List<String> everyone = ids(scope(null, null));
		Map<String, List<RelationshipChange>> pending = this.history.pending(everyone);
		Map<String, Person> people = people(pending.keySet());
		pending.forEach((id, list) -> list.stream()
			.filter(c -> !c.at().isBefore(start) && c.at().isBefore(end))
			.forEach(c -> changes.add(new RelationshipChangeRecord(people.get(id), c.from(), c.to(), c.at(),
					c.cause()))));
		changes.sort(Comparator.comparing((RelationshipChangeRecord c) -> c.at().toInstant())
			.thenComparing(c -> c.person().name())
			.thenComparing(c -> c.person().id()));
		return changes;
	}

	/** People by id with their account, in one query; unknown ids are left out. */
	public Map<String, Person> people(Collection<String> ids) {
		Map<String, Person> people = new HashMap<>();
		this.cypher.query("relationship/people", Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(row -> {
				Person p = Person.from((Node) row.get("p"), (String) row.get("accountId"));
				people.put(p.id(), p);
			});
		return people;
	}

	/**
	 * The people in scope by name, id: rows of id and name, and for an account's scope the Person node as
	 * {@code p} and the columns of the halves ({@link RelationshipHistory#accountScope}). An account's scope checks
	 * the account and rep in the same query, the other scopes check the rep first; {@link AccountNotFound} or
	 * {@link SalesRepNotFound} when the account (or a visible one) or the rep does not exist.
	 */
	private List<Map<String, Object>> scope(String accountId, String repId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("accountId", accountId);
		parameters.put("repId", repId);
		Map<String, Object> exist = accountId != null ? this.history.accountScope(accountId, repId, true)
				: this.cypher.query("relationship/exists", parameters).fetch().one().orElseThrow();
		if (accountId != null && !Boolean.TRUE.equals(exist.get("account"))) {
			throw new AccountNotFound(accountId);
		}
		if (!Boolean.TRUE.equals(exist.get("rep"))) {
			throw new SalesRepNotFound(repId);
		}
		if (accountId != null) {
			return List.copyOf(Values.maps(exist.get("people")));
		}
		return List.copyOf(this.cypher.query(repId != null ? "relationship/repScope" : "relationship/scope", parameters)
			.fetch()
			.all());
	}

	/** The halves of the people in scope: brought by an account's scope, read for the others. */
	private Map<String, Halves> halves(List<Map<String, Object>> scope, String accountId) {
		return accountId != null ? RelationshipHistory.halvesOfScope(scope) : this.history.halves(ids(scope));
	}

	private static List<String> ids(List<Map<String, Object>> scope) {
		return scope.stream().map(p -> (String) p.get("id")).toList();
	}

	private static RelationshipClass classification(Map<String, Halves> halves, Map<String, Object> person) {
		return halves.get((String) person.get("id")).classification();
	}

	private static boolean after(Map<String, Object> person, PageRequest page) {
		int byName = ((String) person.get("name")).compareTo(page.afterKey());
		return byName > 0 || (byName == 0 && ((String) person.get("id")).compareTo(page.afterId()) > 0);
	}

	private OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
	}

	private Halves derivedFromView(Map<String, Object> row) {
		boolean organisation = Boolean.TRUE.equals(row.get("signed")) || !Values.maps(row.get("wonDeals")).isEmpty();
		boolean personal = Values.maps(row.get("personal")).size() >= this.settings.personalInteractions();
		return Halves.from(row).withDerived(organisation, personal);
	}

	private Relationship relationship(Map<String, Object> row, Halves halves, List<RelationshipChange> added) {
		List<RelationshipChange> history = new ArrayList<>();
		Values.maps(row.get("history")).forEach(c -> history.add(RelationshipHistory.change(c)));
		history.addAll(added);
		List<RelationshipAssessment> assessments = Values.maps(row.get("assessments"))
			.stream()
			.map(RelationshipService::assessment)
			.toList();
		RelationshipAssessment current = currentAssessment(halves, assessments);
		RelationshipClass classification = halves.classification();
		List<Text> evidence = Evidence.of(Boolean.TRUE.equals(row.get("signed")), Values.maps(row.get("wonDeals")),
				Values.maps(row.get("personal")), current, this.settings.currency(), this.clock.getZone());
		return of(halves, current, assessments, evidence,
				history.isEmpty() ? null : history.get(history.size() - 1).at(), history,
				Road.of(classification, history), nextStep(row).text(classification, this.settings));
	}

	/** The relationship whose class and halves (effective and derived) are those of {@code halves}. */
	private static Relationship of(Halves halves, RelationshipAssessment assessment,
			List<RelationshipAssessment> assessments, List<Text> evidence, OffsetDateTime since,
			List<RelationshipChange> history, String road, Text nextStep) {
		return new Relationship(halves.personId(), halves.classification(), halves.organisation(),
				halves.personal(), halves.derived(), halves.organisationDerived(), halves.personalDerived(),
				assessment, assessments, evidence, since, history, road, nextStep);
	}

	/**
	 * The assessment in force: the halves stored on the person, with the note and date of the latest assessment
	 * when it is not cleared.
	 */
	private static RelationshipAssessment currentAssessment(Halves halves, List<RelationshipAssessment> assessments) {
		if (halves.derived()) {
			return null;
		}
		RelationshipAssessment latest = assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
		if (latest == null || latest.clearedAt() != null) {
			return new RelationshipAssessment(halves.organisationAssessed(), halves.personalAssessed(), null, null,
					null, null);
		}
		return new RelationshipAssessment(halves.organisationAssessed(), halves.personalAssessed(), latest.note(),
				latest.at(), latest.recordedAt(), null);
	}

	private static RelationshipAssessment assessment(Map<String, Object> s) {
		return new RelationshipAssessment(Values.flag(s.get("organisationInterestMet")),
				Values.flag(s.get("personalInterestMet")), Values.string(s.get("note")), Values.dateTime(s.get("at")),
				Values.dateTime(s.get("recordedAt")), s.get("clearedAt") == null ? null : Values.dateTime(s.get("clearedAt")));
	}

	private static NextStep nextStep(Map<String, Object> row) {
		return new NextStep(Values.string(row.get("name")), Values.string(row.get("accountName")),
				Values.string(row.get("industry")), row.get("units"), Values.string(row.get("hobbies")),
				Values.string(row.get("sports")), Values.string(row.get("food")), Values.map(row.get("tie")),
				Values.map(row.get("insider")), Values.map(row.get("openDeal")), Values.strings(row.get("boughtBefore")));
	}

}
