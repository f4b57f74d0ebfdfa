package org.guanxi.referral.analytics.internal;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A {@code REFERRED} edge between two nodes named by their element ids.
 *
 * @param from element id of the source
 * @param fromId the source's {@code id} property
 * @param to element id of the target
 * @param at the referral date, null when unknown
 */
public record ReferralEdge(String from, String fromId, String to, LocalDate at) {

	/**
	 * The order in which a target's referrers are preferred: earliest date first, an unknown date after every
	 * known one, then by source id, then by element id (so that the choice is always deterministic).
	 */
	public static final Comparator<ReferralEdge> PREFERRED = Comparator
		.comparing(ReferralEdge::at, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReferralEdge::fromId, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReferralEdge::from);

}
