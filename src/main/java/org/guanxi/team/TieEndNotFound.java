package org.guanxi.team;

import org.guanxi.core.NotFound;

/**
 * An end of a {@code KNOWS} tie does not exist: no person (or, for the start, no person or sales rep) has the id.
 */
public class TieEndNotFound extends NotFound {

	/**
	 * @param kinds what was looked for, e.g. "PersonOrSalesRep" (a key of the bundles' entity nouns)
	 * @param id the unknown id
	 */
	public TieEndNotFound(String kinds, String id) {
		super(kinds, id);
	}

}
