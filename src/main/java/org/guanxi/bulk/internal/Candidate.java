package org.guanxi.bulk.internal;

/**
 * A node a reference may mean.
 *
 * @param type account, person, rep, organization or channel
 * @param id its id
 * @param name its name
 * @param account for a person, the id of the account it works at
 */
public record Candidate(String type, String id, String name, String account) {

	String describe() {
		return this.type + " '" + this.id + "'" + (this.account == null ? "" : " at account '" + this.account + "'");
	}

}
