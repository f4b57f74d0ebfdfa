package org.guanxi.core;

import java.util.Optional;

/**
 * The user of the current request, as far as reading the book goes: which accounts they may see.
 */
public interface Viewer {

	Visibility visibility();

	/**
	 * The sales rep who owns the accounts this user creates: a REP's own rep, so that they see what they create
	 * (a REP sees only the accounts their rep owns); empty for everybody else.
	 */
	default Optional<String> ownerOfNewAccounts() {
		return Optional.empty();
	}

}
