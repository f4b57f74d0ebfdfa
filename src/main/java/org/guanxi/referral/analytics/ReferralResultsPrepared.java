package org.guanxi.referral.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.guanxi.graph.PreparedResults;

import org.springframework.stereotype.Component;

/** What the referral view asks for when it opens: the referral-source report by source and the top referrers. */
@Component
class ReferralResultsPrepared implements PreparedResults {

	private final ReferralReportService reports;

	ReferralResultsPrepared(ReferralReportService reports) {
		this.reports = reports;
	}

	@Override
	public Map<String, Runnable> results() {
		Map<String, Runnable> results = new LinkedHashMap<>();
		results.put("referralSourceReport", () -> this.reports.sourceReport(null, null, null, null));
		results.put("topReferrers", () -> this.reports.topReferrers(null));
		return results;
	}

}
