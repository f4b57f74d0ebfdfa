package org.guanxi.referral.analytics;

import java.util.List;
import java.util.Map;

import org.guanxi.support.CsvExports;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral-source report as a CSV export ({@code GET /export/referral_sources.csv}): all time, by source, every
 * line in the report's order, with the values GraphQL answers.
 */
class ReferralSourcesCsvTests extends GraphQlTestBase {

	@LocalServerPort
	int port;

	@Test
	void everySourceOverAllTimeByRevenueThenLeadsThenKey() {
		TestNeo4j.load("fixtures/referral-analytics.cypher");
		String csv = CsvExports.get(http(), "referral_sources");
		// org-ins: a1 (200000, 61 days); ch-radio: b4 (30000, 60 days) and the undated a2 (150000, no days);
		// a1: a2 (150000, 61 days) and b1 (not converted); a3: a4 (40000, 41 days); 30000 each for a2 (t, 30 days;
		// a3 not converted), ch-expo (p-new's b4, 29 days; a3 not), p-li (t, 30 days; b2 lost) and b1 (t, 30 days);
		// nothing for the 2024 cycle c1 -> c2 -> c3 -> c1 and for p-zhao (b3 retained without deals)
		assertThat(csv).isEqualTo("""
				key,sourceType,sourceName,kind,kindLabel,leads,converted,conversionRate,revenue,avgDaysToClose
				org-ins,Organization,Ping An Insurance,PARTNER_ORGANIZATION,partner organisation 合作机构,1,1,1,200000,61
				ch-radio,Channel,Traffic Radio,MEDIA,media 媒体渠道,2,2,1,180000,60
				acc-a1,Account,A1 Logistics,CUSTOMER,customer 老客户,2,1,0.5,150000,61
				acc-a3,Account,A3 Bus,CUSTOMER,customer 老客户,1,1,1,40000,41
				acc-a2,Account,A2 Taxi,CUSTOMER,customer 老客户,2,1,0.5,30000,30
				ch-expo,Channel,Auto Expo 2026,EVENT,event 活动,2,1,0.5,30000,29
				p-li,Person,Li Wei,CUSTOMER,customer 老客户,2,1,0.5,30000,30
				acc-b1,Account,B1 Courier,CUSTOMER,customer 老客户,1,1,1,30000,30
				acc-c1,Account,C1 Circle,CUSTOMER,customer 老客户,1,0,0,0,
				acc-c2,Account,C2 Circle,CUSTOMER,customer 老客户,1,0,0,0,
				acc-c3,Account,C3 Circle,CUSTOMER,customer 老客户,1,0,0,0,
				p-zhao,Person,Zhao Min,PERSONAL_NETWORK,personal network 亲友人脉,1,1,1,0,
				""");
		CsvExports.assertSameAsGraphQl(CsvExports.rows(csv), report(100),
				CsvExports.paths("sourceType", "source.__typename", "sourceName", "source.name"));
	}

	@Test
	void everyLineIsExportedBeyondWhatOneGraphQlPageHolds() {
		TestNeo4j.run("""
				UNWIND range(1, 1001) AS n
				CREATE (:Channel {id: 'ch-' + n, name: 'Channel ' + n, kind: 'WEBSITE'})
				       -[:REFERRED {at: date('2026-01-01')}]->(:Account {id: 'acc-' + n, name: 'Lead ' + n})""");
		assertThat(report(5000)).hasSize(ReferralReportService.MAX_LINES);
		List<Map<String, String>> rows = CsvExports.rows(CsvExports.get(http(), "referral_sources"));
		assertThat(rows).hasSize(1001);
		assertThat(rows.get(0)).containsEntry("key", "ch-1").containsEntry("leads", "1").containsEntry("revenue", "0");
		assertThat(rows.get(1000)).containsEntry("key", "ch-999");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<Map<String, Object>> report(int first) {
		return (List) this.graphQl.documentName("referralSourceReportRows")
			.variable("first", first)
			.execute()
			.path("referralSourceReport")
			.entityList(Map.class)
			.get();
	}

}
