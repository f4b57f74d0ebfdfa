package org.guanxi.tiering;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.guanxi.account.AccountFields;
import org.guanxi.core.GuanxiSettings;
import org.guanxi.graph.PreparedResults;

import org.springframework.stereotype.Component;

/**
 * What the tiers view and the accounts filtered by class ask for when they open for the whole book: the ABC
 * analysis, the overdue accounts, this month's visit plan, the follow-ups due and the funnel by kind of lead
 * source.
 */
@Component
class TierResultsPrepared implements PreparedResults {

	private final AbcService abc;

	private final VisitService visits;

	private final FollowUpService followUps;

	private final FunnelService funnels;

	private final Clock clock;

	private final GuanxiSettings general;

	TierResultsPrepared(AbcService abc, VisitService visits, FollowUpService followUps, FunnelService funnels,
			Clock clock, GuanxiSettings general) {
		this.abc = abc;
		this.visits = visits;
		this.followUps = followUps;
		this.funnels = funnels;
		this.clock = clock;
		this.general = general;
	}

	@Override
	public Map<String, Runnable> results() {
		Map<String, Runnable> results = new LinkedHashMap<>();
		results.put("abcAnalysis", this.abc::standard);
		results.put("overdueAccounts", () -> this.visits.overdue(null, null, AccountFields.NONE));
		results.put("visitPlan", () -> this.visits
			.plan(YearMonth.now(this.clock.withZone(this.general.timeZone())).toString(), null));
		results.put("followUpsDue", () -> this.followUps.due(null, null));
		results.put("funnel", () -> this.funnels.funnel(null, null, null, FunnelGroupBy.LEAD_SOURCE_KIND));
		return results;
	}

}
