package org.guanxi.relationship;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Check;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Halves;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.PersonNotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explicit assessments of contacts. Every assessment is kept (a {@code RelationshipAssessment} node, never
 * overwritten); the latest one is in force: the halves it gives override the derived ones, a half it leaves out
 * is derived. Clearing ends the assessment in force. A resulting class change is recorded in the history.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

	private static final int MAX_NOTE = 2000;

	private final Cypher cypher;

	private final Clock clock;

	private final RelationshipService relationships;

	private final RelationshipHistory history;

	private final RelationshipSettings settings;

	AssessmentService(Cypher cypher, Clock clock, RelationshipService relationships, RelationshipHistory history,
			RelationshipSettings settings) {
		this.cypher = cypher;
		this.clock = clock;
		this.relationships = relationships;
		this.history = history;
		this.settings = settings;
	}

	@Transactional
	public Person assess(AssessRelationshipInput input) {
		String personId = Check.id("personId", input.personId());
		Person person = person(personId);
		if (input.organisationInterestMet() == null && input.personalInterestMet() == null) {
			throw new InvalidInput("error.assessmentEmpty");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		OffsetDateTime at = input.at() != null ? input.at() : now;
		if (at.isAfter(now)) {
			throw new InvalidInput("error.assessmentInFuture", at, now);
		}
		String note = note(input.note());
		this.history.catchUp(List.of(personId));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("personId", personId);
		parameters.put("organisation", input.organisationInterestMet());
		parameters.put("personal", input.personalInterestMet());
		parameters.put("note", note);
		parameters.put("at", at);
		parameters.put("now", now);
		this.cypher.query("relationship/assess", parameters).run();
		this.history.record(List.of(personId),
				note == null ? Text.of("cause.assessment") : Text.of("cause.assessment.note", note));
		return person;
	}

	@Transactional
	public Person clear(String personId) {
		Person person = person(Check.id("personId", personId));
		Halves halves = this.history.halves(List.of(person.id())).get(person.id());
		if (halves.derived()) {
			throw new InvalidInput("error.noAssessment", person.id());
		}
		this.history.catchUp(List.of(person.id()));
		this.cypher.query("relationship/clearAssessment",
				Map.of("personId", person.id(), "now", OffsetDateTime.now(this.clock))).run();
		this.history.record(List.of(person.id()), Text.of("cause.assessmentCleared"));
		return person;
	}

	private Person person(String personId) {
		Person person = this.relationships.people(List.of(personId)).get(personId);
		if (person == null) {
			throw new PersonNotFound(personId);
		}
		return person;
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.length() > MAX_NOTE) {
			throw new InvalidInput("error.noteTooLong", note.length(), MAX_NOTE);
		}
		return note.strip();
	}

}
