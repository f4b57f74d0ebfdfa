package org.guanxi.tiering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.OpportunityTier;
import org.guanxi.core.GuanxiSettings;
import org.guanxi.graph.Cypher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests an account's opportunity tier from its open deals: A big and soon, B big or soon, C small and late, D
 * small and very late, without expected close, or no open deal. The account gets the best tier of its deals.
 */
@Service
@Transactional(readOnly = true)
public class OpportunityTierService {

	private final Cypher cypher;

	private final TierSettings.Opportunity thresholds;

	private final ZoneId zone;

	private final Clock clock;

	OpportunityTierService(Cypher cypher, TierSettings settings, GuanxiSettings general, Clock clock) {
		this.cypher = cypher;
		this.thresholds = settings.opportunity();
		this.zone = general.timeZone();
		this.clock = clock;
	}

	/** The suggested tier of each account, by id (D for accounts without open deals). */
	public Map<String, OpportunityTier> suggest(Collection<String> accountIds) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		Map<String, OpportunityTier> tiers = new HashMap<>();
		accountIds.forEach(id -> tiers.put(id, OpportunityTier.D));
		this.cypher.query("tiering/openDeals", Map.of("ids", List.copyOf(accountIds))).fetch().all().forEach(row -> {
			OpportunityTier tier = tierOf(((Number) row.get("amount")).doubleValue(), (LocalDate) row.get("expectedCloseAt"),
					today);
			tiers.merge((String) row.get("id"), tier, (a, b) -> a.compareTo(b) <= 0 ? a : b);
		});
		return tiers;
	}

	/** The tier of one open deal. */
	OpportunityTier tierOf(double amount, LocalDate expectedCloseAt, LocalDate today) {
		boolean big = amount >= this.thresholds.bigDealAmount();
		Long days = expectedCloseAt == null ? null : ChronoUnit.DAYS.between(today, expectedCloseAt);
		boolean soon = days != null && days <= this.thresholds.soonDays();
		if (big && soon) {
			return OpportunityTier.A;
		}
		if (big || soon) {
			return OpportunityTier.B;
		}
		return days != null && days <= this.thresholds.horizonDays() ? OpportunityTier.C : OpportunityTier.D;
	}

}
