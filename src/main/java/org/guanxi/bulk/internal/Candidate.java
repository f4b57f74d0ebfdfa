package org.guanxi.bulk.internal;

import org.guanxi.core.Text;

/**
 * A node a reference may mean.
 *
 * @param type account, person, rep, organization or channel
 * @param id its id
 * @param name its name
 * @param account for a person, the id of the account it works at
 */
public record Candidate(String type, String id, String name, String account) {

	Text describe() {
		Text type = Text.term("BookType", this.type);
		return this.account == null ? Text.of("import.candidate", type, this.id)
				: Text.of("import.candidate.at", type, this.id, this.account);
	}

}
