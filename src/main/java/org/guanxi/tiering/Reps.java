package org.guanxi.tiering;

import java.util.Collection;
import java.util.Map;

import org.guanxi.team.SalesRep;
import org.guanxi.team.SalesRepService;

import org.springframework.stereotype.Component;

/**
 * The sales reps the reports are filtered by and point to (through the team module).
 */
@Component
class Reps {

	private final SalesRepService reps;

	Reps(SalesRepService reps) {
		this.reps = reps;
	}

	/** Does nothing for null; raises {@code SalesRepNotFound} for an unknown id. */
	void check(String repId) {
		if (repId != null) {
			this.reps.get(repId);
		}
	}

	Map<String, SalesRep> byIds(Collection<String> ids) {
		return this.reps.byIds(ids);
	}

}
