package org.guanxi.referral.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.InvalidInput;
import org.guanxi.graph.Cypher;
import org.guanxi.referral.analytics.internal.ReferralGraph;
import org.guanxi.referral.analytics.internal.SourceKind;
import org.guanxi.referral.analytics.internal.SourceNodes;
import org.guanxi.referral.analytics.internal.TreeTotals;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole-book referral reports: the referral-source report of a period and the ranking of referrers, as
 * defined in docs/referrals.md.
 */
@Service
@Transactional(readOnly = true)
public class ReferralReportService {

	/** The most lines a report returns. */
	public static final int MAX_LINES = 1000;

	/** Open ends of a period. */
	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final Comparator<ReferralSourceStat> REPORT_ORDER = Comparator
		.comparingDouble(ReferralSourceStat::revenue)
		.reversed()
		.thenComparing(Comparator.comparingInt(ReferralSourceStat::leads).reversed())
		.thenComparing(ReferralSourceStat::key);

	private final Cypher cypher;

	private final ReferralAnalyticsSettings settings;

	ReferralReportService(Cypher cypher, ReferralAnalyticsSettings settings) {
		this.cypher = cypher;
		this.settings = settings;
	}

	/**
	 * The referral-source report: one line per source (groupBy SOURCE) or per kind of source (KIND), ordered
	 * by revenue, then leads (both descending), then key.
	 * @param from first day of the period (inclusive), null for no lower bound
	 * @param to last day of the period (inclusive), null for no upper bound
	 * @param groupBy SOURCE or KIND (null = SOURCE)
	 * @param first how many lines at most (null = 50)
	 */
	public List<ReferralSourceStat> sourceReport(LocalDate from, LocalDate to, String groupBy, Integer first) {
		int limit = lines(first, 50);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("from (" + from + ") must not be after to (" + to + ").");
		}
		boolean byKind = "KIND".equals(groupBy);
		List<Map<String, Object>> rows = (from == null && to == null)
				? this.cypher.query("referral/reportBySourceAll").fetch().all().stream().toList()
				: this.cypher
					.query("referral/reportBySourceInPeriod",
							Map.of("from", from == null ? EARLIEST : from, "to", to == null ? LATEST : to))
					.fetch()
					.all()
					.stream()
					.toList();
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Object source = source(row);
			SourceKind kind = kind(row);
			String key = byKind ? kind.name() : SourceNodes.id(source);
			String group = byKind ? key : (String) row.get("ref");
			tallies.computeIfAbsent(group, g -> new Tally(key, byKind ? null : source, kind)).add(row);
		}
		return tallies.values().stream().map(Tally::stat).sorted(REPORT_ORDER).limit(limit).toList();
	}

	/**
	 * The sources ranked by the total revenue of their referral tree (default depth and decay): direct plus
	 * decayed indirect revenue, descending, then direct referrals descending, then source id.
	 */
	public List<TopReferrer> topReferrers(Integer first) {
		int limit = lines(first, 10);
		int depth = this.settings.maxDepth();
		double decay = this.settings.decay();
		ReferralGraph graph = new ReferralGraph();
		this.cypher.query("referral/treeAllEdges")
			.fetchAs(Integer.class)
			.mappedBy((types, row) -> {
				graph.edge(row.get("from").asString(), row.get("fromId").asString(null), row.get("to").asString());
				return 1;
			})
			.all();
		this.cypher.query("referral/treeAllRevenue")
			.fetchAs(Integer.class)
			.mappedBy((types, row) -> {
				graph.revenue(row.get("ref").asString(), row.get("revenue").asDouble());
				return 1;
			})
			.all();
		List<Ranked> ranked = new ArrayList<>();
		for (String source : graph.sources()) {
			ranked.add(new Ranked(source, graph.id(source), graph.totals(source, depth, decay)));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> r.totals().totalRevenue())
			.reversed()
			.thenComparing(Comparator.comparingInt((Ranked r) -> r.totals().directReferrals()).reversed())
			.thenComparing(Ranked::id, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Ranked::ref));
		List<Ranked> top = ranked.subList(0, Math.min(limit, ranked.size()));
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		this.cypher.query("referral/treeNodesByRefs", Map.of("refs", top.stream().map(Ranked::ref).toList()))
			.fetch()
			.all()
			.forEach(row -> nodes.put((String) row.get("ref"), row));
		return top.stream().map(r -> topReferrer(r, nodes.get(r.ref()))).toList();
	}

	private static TopReferrer topReferrer(Ranked ranked, Map<String, Object> row) {
		TreeTotals t = ranked.totals();
		return new TopReferrer(source(row), kind(row).name(), t.directReferrals(), t.totalReferrals(),
				t.directRevenue(), t.indirectRevenue(), t.totalRevenue());
	}

	static int lines(Integer first, int fallback) {
		int n = first == null ? fallback : first;
		if (n < 1) {
			throw new InvalidInput("first must be 1 or more, got " + n + ".");
		}
		return Math.min(n, MAX_LINES);
	}

	@SuppressWarnings("unchecked")
	private static Object source(Map<String, Object> row) {
		return SourceNodes.record((List<String>) row.get("labels"), (Node) row.get("node"),
				(String) row.get("accountId"));
	}

	@SuppressWarnings("unchecked")
	private static SourceKind kind(Map<String, Object> row) {
		Node node = (Node) row.get("node");
		String nodeKind = node.get("kind").isNull() ? null : node.get("kind").asString();
		return SourceKind.of((List<String>) row.get("labels"), nodeKind,
				Boolean.TRUE.equals(row.get("customerAccount")));
	}

	private record Ranked(String ref, String id, TreeTotals totals) {
	}

	private static final class Tally {

		private final String key;

		private final Object source;

		private final SourceKind kind;

		private long leads;

		private long converted;

		private double revenue;

		private long daysSum;

		private long daysCount;

		Tally(String key, Object source, SourceKind kind) {
			this.key = key;
			this.source = source;
			this.kind = kind;
		}

		void add(Map<String, Object> row) {
			this.leads += ((Number) row.get("leads")).longValue();
			this.converted += ((Number) row.get("converted")).longValue();
			this.revenue += ((Number) row.get("revenue")).doubleValue();
			this.daysSum += ((Number) row.get("daysSum")).longValue();
			this.daysCount += ((Number) row.get("daysCount")).longValue();
		}

		ReferralSourceStat stat() {
			double rate = this.leads == 0 ? 0 : (double) this.converted / this.leads;
			Double days = this.daysCount == 0 ? null : (double) this.daysSum / this.daysCount;
			return new ReferralSourceStat(this.key, this.source, this.kind.name(), this.kind.label(), (int) this.leads,
					(int) this.converted, rate, this.revenue, days);
		}

	}

}
