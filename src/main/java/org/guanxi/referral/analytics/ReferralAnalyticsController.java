package org.guanxi.referral.analytics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReferralAnalyticsController {

	private final ReferralChainService chains;

	private final ReferralReportService reports;

	private final ReferralAskService asks;

	ReferralAnalyticsController(ReferralChainService chains, ReferralReportService reports, ReferralAskService asks) {
		this.chains = chains;
		this.reports = reports;
		this.asks = asks;
	}

	@QueryMapping
	ReferralChain referralChain(@Argument String accountId) {
		return this.chains.accountChain(accountId);
	}

	@QueryMapping
	ReferralChain personReferralChain(@Argument String personId) {
		return this.chains.personChain(personId);
	}

	@QueryMapping
	ReferralTree referralTree(@Argument String sourceId, @Argument Integer maxDepth, @Argument Double decay) {
		return this.chains.tree(sourceId, maxDepth, decay);
	}

	@QueryMapping
	List<ReferralSourceStat> referralSourceReport(@Argument LocalDate from, @Argument LocalDate to,
			@Argument String groupBy, @Argument Integer first) {
		return this.reports.sourceReport(from, to, groupBy, first);
	}

	@QueryMapping
	List<TopReferrer> topReferrers(@Argument Integer first) {
		return this.reports.topReferrers(first);
	}

	@QueryMapping
	List<ReferralAsk> referralAskList(@Argument String repId, @Argument Integer first) {
		return this.asks.askList(repId, first);
	}

}
