package org.guanxi.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Props;

/**
 * Filters of the account list; null means "any".
 */
public record AccountFilter(String nameContains, List<Lifecycle> lifecycle, List<OpportunityTier> opportunityTier,
		List<IntentionGrade> intentionGrade, String ownerId, String industry, Boolean signed) {

	static final AccountFilter NONE = new AccountFilter(null, null, null, null, null, null, null);

	Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("nameContains", this.nameContains);
		p.put("lifecycle", Props.names(this.lifecycle));
		p.put("opportunityTier", Props.names(this.opportunityTier));
		p.put("intentionGrade", Props.names(this.intentionGrade));
		p.put("ownerId", this.ownerId);
		p.put("industry", this.industry);
		p.put("signed", this.signed);
		return p;
	}

}
