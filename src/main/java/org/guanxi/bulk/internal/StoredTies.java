package org.guanxi.bulk.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The ties already stored that an import's rules must see together with the file's rows: reporting lines (a new
 * line must not close a cycle with stored ones) and referrals (a new referral must not close a loop).
 */
public interface StoredTies {

	/** For each of these people (ids) who has one, the id of their stored manager. */
	Map<String, String> managers(Collection<String> personIds);

	/**
	 * For each of these nodes ({@code type:id}, e.g. {@code account:acc-1}), the nodes they referred
	 * ({@code type:id}), as stored.
	 */
	Map<String, List<String>> referred(Collection<String> nodes);

	/** No stored ties: an empty database. */
	StoredTies NONE = new StoredTies() {

		@Override
		public Map<String, String> managers(Collection<String> personIds) {
			return Map.of();
		}

		@Override
		public Map<String, List<String>> referred(Collection<String> nodes) {
			return Map.of();
		}

	};

}
