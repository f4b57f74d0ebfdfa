package org.guanxi.activity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Filters of the interaction list; null means "any", all given filters must hold.
 *
 * @param accountId interactions with the people of this account
 * @param kind any of these kinds
 * @param from from this instant on (inclusive)
 * @param to before this instant (exclusive)
 */
public record InteractionFilter(String repId, String personId, String accountId, List<String> kind, String outcome,
		OffsetDateTime from, OffsetDateTime to) {

	static final InteractionFilter NONE = new InteractionFilter(null, null, null, null, null, null, null);

	Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("repId", this.repId);
		p.put("personId", this.personId);
		p.put("accountId", this.accountId);
		p.put("kind", this.kind);
		p.put("outcome", this.outcome);
		p.put("fromMillis", millis(this.from));
		p.put("toMillis", millis(this.to));
		return p;
	}

	static Long millis(OffsetDateTime time) {
		return time == null ? null : time.toInstant().toEpochMilli();
	}

}
