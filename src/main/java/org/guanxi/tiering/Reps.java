package org.guanxi.tiering;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.team.SalesRep;

import org.springframework.stereotype.Component;

/**
 * The sales reps the reports are filtered by and point to.
 */
@Component
class Reps {

	private final Cypher cypher;

	Reps(Cypher cypher) {
		this.cypher = cypher;
	}

	/** Does nothing for null; raises {@link RepNotFound} for an unknown id. */
	void check(String repId) {
		if (repId == null) {
			return;
		}
		boolean found = this.cypher.query("tiering/repExists", Map.of("id", repId))
			.fetchAs(Boolean.class)
			.mappedBy((types, r) -> r.get("found").asBoolean())
			.one()
			.orElse(false);
		if (!found) {
			throw new RepNotFound(repId);
		}
	}

	Map<String, SalesRep> byIds(Collection<String> ids) {
		Map<String, SalesRep> found = new HashMap<>();
		this.cypher.query("tiering/repsByIds", Map.of("ids", List.copyOf(ids)))
			.fetchAs(SalesRep.class)
			.mappedBy((types, r) -> SalesRep.from(r.get("r").asNode()))
			.all()
			.forEach(r -> found.put(r.id(), r));
		return found;
	}

}
