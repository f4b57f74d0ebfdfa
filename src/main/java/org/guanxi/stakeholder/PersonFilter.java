package org.guanxi.stakeholder;

import java.util.HashMap;
import java.util.Map;

/**
 * Filters of the people list; null means "any".
 *
 * @param nameContains part of the name, case-insensitive
 * @param accountId people who work at this account
 * @param buyingRole people who hold this buying role
 * @param insider insiders (内线) only, or non-insiders only
 */
public record PersonFilter(String nameContains, String accountId, String buyingRole, Boolean insider) {

	static final PersonFilter NONE = new PersonFilter(null, null, null, null);

	Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("nameContains", this.nameContains);
		p.put("accountId", this.accountId);
		p.put("buyingRole", this.buyingRole);
		p.put("insider", this.insider);
		return p;
	}

}
