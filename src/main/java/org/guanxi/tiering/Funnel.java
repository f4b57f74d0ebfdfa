package org.guanxi.tiering;

import java.time.LocalDate;
import java.util.List;

/**
 * The funnel of the accounts created in a period: how many are at each stage now and how they converted.
 *
 * @param from first creation date counted, null when open
 * @param to last creation date counted, null when open
 * @param total accounts in the funnel
 * @param stages POTENTIAL, PROSPECT, RETAINED, LOST
 * @param conversions POTENTIAL to PROSPECT, PROSPECT to RETAINED, PROSPECT to LOST
 * @param winRate retained / (retained + lost), 0 when none decided
 * @param groups the same per rep or lead source, when grouped (else empty)
 */
public record Funnel(LocalDate from, LocalDate to, int total, List<FunnelStage> stages,
		List<FunnelConversion> conversions, double winRate, List<FunnelGroup> groups) {

	static Funnel of(LocalDate from, LocalDate to, FunnelStats stats, List<FunnelGroup> groups) {
		return new Funnel(from, to, stats.total(), stats.stages(), stats.conversions(), stats.winRate(), groups);
	}

	/**
	 * The funnel of one rep or lead source.
	 *
	 * @param key the rep id, or the source type (and kind, "CHANNEL:WEBSITE"); "NONE" for unowned or unreferred
	 * @param repId the rep, when grouped by rep
	 * @param sourceType ACCOUNT, PERSON, ORGANIZATION, CHANNEL or NONE, when grouped by lead source
	 * @param sourceKind the kind of an organisation or channel source
	 * @param kind the referral-source report's kind of the group's lead source (CUSTOMER, PARTNER_ORGANIZATION,
	 * PERSONAL_NETWORK, EVENT, MEDIA; NONE when unreferred); null when grouped by rep, and for the PERSON group of
	 * LEAD_SOURCE, whose people may be of two kinds
	 * @param total accounts in the group
	 * @param stages POTENTIAL, PROSPECT, RETAINED, LOST
	 * @param conversions POTENTIAL to PROSPECT, PROSPECT to RETAINED, PROSPECT to LOST
	 * @param winRate retained / (retained + lost), 0 when none decided
	 */
	public record FunnelGroup(String key, String repId, String sourceType, String sourceKind, String kind, int total,
			List<FunnelStage> stages, List<FunnelConversion> conversions, double winRate) {

		static FunnelGroup of(String key, String repId, String sourceType, String sourceKind, String kind,
				FunnelStats stats) {
			return new FunnelGroup(key, repId, sourceType, sourceKind, kind, stats.total(), stats.stages(),
					stats.conversions(), stats.winRate());
		}

	}

}
