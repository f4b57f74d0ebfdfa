package org.guanxi.referral.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.guanxi.core.InvalidInput;
import org.guanxi.graph.BookResults;
import org.guanxi.graph.Cypher;
import org.guanxi.referral.analytics.internal.ReferralGraph;
import org.guanxi.referral.analytics.internal.SourceNodes;
import org.guanxi.referral.analytics.internal.TreeTotals;
import org.neo4j.driver.Value;
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

	/** The most lines a report returns when asked for {@code first} lines. */
	public static final int MAX_LINES = 1000;

	/** Open ends of a period. */
	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final Comparator<Tally> REPORT_ORDER = Comparator.comparingDouble(Tally::revenue)
		.reversed()
		.thenComparing(Comparator.comparingLong(Tally::leads).reversed())
		.thenComparing(Tally::key, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Tally::ref, Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * The relationships whose every change may change the reports: the referrals themselves, and who works where
	 * (a person's referrals count for their account).
	 */
	private static final Set<String> REFERRAL_TIES = Set.of("REFERRED", "WORKS_AT");

	private final Cypher cypher;

	private final ReferralAnalyticsSettings settings;

	private final BookResults results;

	ReferralReportService(Cypher cypher, ReferralAnalyticsSettings settings, BookResults results) {
		this.cypher = cypher;
		this.settings = settings;
		this.results = results;
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
		return report(from, to, groupBy, lines(first, 50));
	}

	/**
	 * The whole referral-source report, every line, in the order of
	 * {@link #sourceReport(LocalDate, LocalDate, String, Integer)}; for exports.
	 * @param from first day of the period (inclusive), null for no lower bound
	 * @param to last day of the period (inclusive), null for no upper bound
	 * @param groupBy SOURCE or KIND (null = SOURCE)
	 */
	public List<ReferralSourceStat> wholeSourceReport(LocalDate from, LocalDate to, String groupBy) {
		return report(from, to, groupBy, Long.MAX_VALUE);
	}

	private List<ReferralSourceStat> report(LocalDate from, LocalDate to, String groupBy, long limit) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("error.reportPeriod", from, to);
		}
		// kept: the lines, worked out from the whole book; read at every request: their ≤ limit sources, so that
		// a change to a source's own data (a person's class, an account's name) leaves the lines kept
		List<Tally> lines = this.results.get("referral/report", Arrays.asList(from, to, groupBy, limit),
				() -> lines(from, to, groupBy, limit), REFERRAL_TIES, this::inReferrals);
		Map<String, Object> sources = "KIND".equals(groupBy) ? Map.of()
				: sources(lines.stream().map(Tally::ref).toList());
		return lines.stream().map(t -> t.stat(t.ref() == null ? null : sources.get(t.ref()))).toList();
	}

	private List<Tally> lines(LocalDate from, LocalDate to, String groupBy, long limit) {
		boolean byKind = "KIND".equals(groupBy);
		String name = (from == null && to == null) ? "referral/reportBySourceAll" : "referral/reportBySourceInPeriod";
		Map<String, Object> parameters = (from == null && to == null) ? Map.of()
				: Map.of("from", from == null ? EARLIEST : from, "to", to == null ? LATEST : to);
		Map<String, Tally> tallies = new LinkedHashMap<>();
		this.cypher.one(name, parameters, r -> {
			// [ref, labels, id, nodeKind, customerAccount, leads, converted, revenue, daysSum, daysCount]
			for (Value row : r.get("rows").values()) {
				SourceKind kind = SourceKind.of(row.get(1).asList(Value::asString), row.get(3).asString(null),
						row.get(4).asBoolean(false));
				String ref = row.get(0).asString();
				String key = byKind ? kind.name() : row.get(2).asString(null);
				tallies.computeIfAbsent(byKind ? key : ref, group -> new Tally(key, byKind ? null : ref, kind)).add(row);
			}
			return tallies;
		});
		return tallies.values().stream().sorted(REPORT_ORDER).limit(limit).toList();
	}

	/**
	 * Whether a change to these accounts may change the reports: only when one of them, or one of their people,
	 * referred or was referred (with the referrals and who works where unchanged, {@link #REFERRAL_TIES}).
	 */
	private boolean inReferrals(Set<String> accountIds) {
		return this.cypher.one("referral/accountsInReferrals", Map.of("ids", List.copyOf(accountIds)),
				r -> r.get("referred").asBoolean());
	}

	private Map<String, Object> sources(List<String> refs) {
		Map<String, Object> sources = new HashMap<>();
		nodes(refs).forEach((ref, row) -> sources.put(ref, source(row)));
		return sources;
	}

	/** The rows of referral/treeNodesByRefs of these sources, by ref. */
	private Map<String, Map<String, Object>> nodes(List<String> refs) {
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		this.cypher.query("referral/treeNodesByRefs", Map.of("refs", refs))
			.fetch()
			.all()
			.forEach(row -> nodes.put((String) row.get("ref"), row));
		return nodes;
	}

	/**
	 * The sources ranked by the total revenue of their referral tree (default depth and decay): direct plus
	 * decayed indirect revenue, descending, then direct referrals descending, then source id.
	 */
	public List<TopReferrer> topReferrers(Integer first) {
		int limit = lines(first, 10);
		// kept: the ranking; read at every request: the ranked sources themselves (see report)
		List<Ranked> top = this.results.get("referral/topReferrers", List.of(limit), () -> ranking(limit),
				REFERRAL_TIES, this::inReferrals);
		Map<String, Map<String, Object>> nodes = nodes(top.stream().map(Ranked::ref).toList());
		return top.stream().map(r -> topReferrer(r, nodes.get(r.ref()))).toList();
	}

	private List<Ranked> ranking(int limit) {
		int depth = this.settings.maxDepth();
		double decay = this.settings.decay();
		// the revenue and the edges each read much of the book: they are read at the same time
		CompletableFuture<Map<String, Double>> revenue = this.cypher.readAside(() -> this.cypher
			.one("referral/treeAllRevenue", Map.of(), r -> Cypher.zip(r.get("refs"), r.get("revenues"), Value::asString,
					Value::asDouble)));
		ReferralGraph graph = this.cypher.one("referral/treeAllEdges", Map.of(), r -> {
			List<String> froms = r.get("froms").asList(Value::asString);
			List<String> fromIds = r.get("fromIds").asList(v -> v.asString(null));
			List<String> tos = r.get("tos").asList(Value::asString);
			ReferralGraph edges = new ReferralGraph();
			for (int i = 0; i < froms.size(); i++) {
				edges.edge(froms.get(i), fromIds.get(i), tos.get(i));
			}
			return edges;
		});
		Cypher.join(revenue).forEach(graph::revenue);
		List<Ranked> ranked = new ArrayList<>();
		for (String source : graph.sources()) {
			ranked.add(new Ranked(source, graph.id(source), graph.totals(source, depth, decay)));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> r.totals().totalRevenue())
			.reversed()
			.thenComparing(Comparator.comparingInt((Ranked r) -> r.totals().directReferrals()).reversed())
			.thenComparing(Ranked::id, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Ranked::ref));
		return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
	}

	private static TopReferrer topReferrer(Ranked ranked, Map<String, Object> row) {
		TreeTotals t = ranked.totals();
		return new TopReferrer(source(row), kind(row).name(), t.directReferrals(), t.totalReferrals(),
				t.directRevenue(), t.indirectRevenue(), t.totalRevenue());
	}

	static int lines(Integer first, int fallback) {
		int n = first == null ? fallback : first;
		if (n < 1) {
			throw new InvalidInput("error.first", n);
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

		private final String ref;

		private final SourceKind kind;

		private long leads;

		private long converted;

		private double revenue;

		private long daysSum;

		private long daysCount;

		Tally(String key, String ref, SourceKind kind) {
			this.key = key;
			this.ref = ref;
			this.kind = kind;
		}

		String key() {
			return this.key;
		}

		String ref() {
			return this.ref;
		}

		long leads() {
			return this.leads;
		}

		double revenue() {
			return this.revenue;
		}

		/** Adds a row of the report's query: [..., leads, converted, revenue, daysSum, daysCount]. */
		void add(Value row) {
			this.leads += row.get(5).asLong();
			this.converted += row.get(6).asLong();
			this.revenue += row.get(7).asDouble();
			this.daysSum += row.get(8).asLong();
			this.daysCount += row.get(9).asLong();
		}

		ReferralSourceStat stat(Object source) {
			double rate = this.leads == 0 ? 0 : (double) this.converted / this.leads;
			Double days = this.daysCount == 0 ? null : (double) this.daysSum / this.daysCount;
			return new ReferralSourceStat(this.key, source, this.kind.name(), this.kind.label(), (int) this.leads,
					(int) this.converted, rate, this.revenue, days);
		}

	}

}
