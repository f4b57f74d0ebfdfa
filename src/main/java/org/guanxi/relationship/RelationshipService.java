package org.guanxi.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives the relationship class of contacts from evidence, following design.md: the organisation's interest
 * is met when the account is signed or has a WON deal closed in the last {@code wonDealDays} days; the
 * personal interest when the contact has at least {@code personalInteractions} POSITIVE personal interactions
 * in the last {@code personalDays} days. Explicit assessments override either half.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipService implements RelationshipClassifier {

	private final Cypher cypher;

	private final Clock clock;

	private final RelationshipSettings settings;

	RelationshipService(Cypher cypher, Clock clock, RelationshipSettings settings) {
		this.cypher = cypher;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public Map<String, RelationshipClass> classify(Collection<String> personIds) {
		Map<String, RelationshipClass> classes = new HashMap<>();
		this.cypher.query("relationship/halves", parameters(personIds))
			.fetch()
			.all()
			.forEach(row -> classes.put((String) row.get("id"),
					RelationshipClass.of(half(row, "organisation"), half(row, "personal"))));
		return classes;
	}

	private Map<String, Object> parameters(Collection<String> personIds) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(personIds));
		parameters.put("today", today);
		parameters.put("wonSince", today.minusDays(this.settings.wonDealDays()));
		parameters.put("now", now);
		parameters.put("personalSince", now.minusDays(this.settings.personalDays()));
		parameters.put("personalKinds", this.settings.personalKinds());
		parameters.put("personalInteractions", this.settings.personalInteractions());
		return parameters;
	}

	private static boolean half(Map<String, Object> row, String name) {
		Object assessed = row.get(name + "Assessed");
		if (assessed instanceof Boolean explicit) {
			return explicit;
		}
		return Boolean.TRUE.equals(row.get(name + "Derived"));
	}

}
