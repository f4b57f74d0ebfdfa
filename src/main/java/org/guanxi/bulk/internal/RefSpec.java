package org.guanxi.bulk.internal;

import java.util.List;

/**
 * A column naming another node by id or by name.
 *
 * @param column the column holding the id or name
 * @param typeColumn the column saying which kind of node it is when several are allowed, or null
 * @param accountColumn the column holding the account (id or name) a person is looked for in, or null
 * @param types the kinds of node allowed: account, person, rep, organization, channel
 * @param required whether the column must be given
 * @param multi whether the cell may list several, separated by ';'
 * @param param the key of the resolved id in the write query's row map
 */
public record RefSpec(String column, String typeColumn, String accountColumn, List<String> types, boolean required,
		boolean multi, String param) {

	static RefSpec one(String column, String type, String param) {
		return new RefSpec(column, null, null, List.of(type), true, false, param);
	}

	static RefSpec person(String column, String param) {
		return new RefSpec(column, null, column + "_account", List.of("person"), true, false, param);
	}

}
