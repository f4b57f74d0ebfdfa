package org.guanxi.referral.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

	/** The key of a source's edges among the rows of the ranking, before its element id. */
	private static final String EDGES = "edges:";

	/** The key of an account's revenue among the rows of the ranking, before its element id. */
	private static final String REVENUE = "revenue:";

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
		boolean byKind = "KIND".equals(groupBy);
		// kept: every line, worked out from the rows of each referred account; a change to a few accounts or sources
		// reads again the rows of the referred accounts it concerns only. Read at every request: the lines' sources,
		// so that a change to a source's own data (a person's class, an account's name) leaves the lines kept
		List<Tally> lines = this.results.byParts("referral/report", Arrays.asList(from, to, byKind),
				ids -> rows(from, to, ids), this::targetsConcerned, rows -> tallies(rows, byKind))
			.stream()
			.limit(limit)
			.toList();
		Map<String, Object> sources = byKind ? Map.of() : sources(lines.stream().map(Tally::ref).toList());
		return lines.stream().map(t -> t.stat(t.ref() == null ? null : sources.get(t.ref()))).toList();
	}

	/**
	 * The rows of the report's query, by referred account (id): one per source that referred the account or its
	 * people (per account the source works at).
	 * @param ids the referred accounts whose rows are read, every account for null
	 */
	private Map<String, List<Part>> rows(LocalDate from, LocalDate to, Set<String> ids) {
		boolean allTime = from == null && to == null;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids == null ? null : List.copyOf(ids));
		if (!allTime) {
			parameters.put("from", from == null ? EARLIEST : from);
			parameters.put("to", to == null ? LATEST : to);
		}
		Map<String, List<Part>> rows = new HashMap<>();
		this.cypher.one(allTime ? "referral/reportBySourceAll" : "referral/reportBySourceInPeriod", parameters, r -> {
			// [ref, labels, id, nodeKind, customerAccount, [[accountId, leads, converted, revenue, daysSum, daysCount]]]
			for (Value row : r.get("rows").values()) {
				Source source = new Source(row.get(0).asString(), row.get(2).asString(null), SourceKind
					.of(row.get(1).asList(Value::asString), row.get(3).asString(null), row.get(4).asBoolean(false)));
				for (Value referred : row.get(5).values()) {
					rows.computeIfAbsent(referred.get(0).asString(""), account -> new ArrayList<>())
						.add(new Part(source, referred.get(1).asLong(), referred.get(2).asLong(),
								referred.get(3).asDouble(), referred.get(4).asLong(), referred.get(5).asLong()));
				}
			}
			return rows;
		});
		return rows;
	}

	/** Every line of the report from the rows of every referred account, in the report's order. */
	private static List<Tally> tallies(Map<String, List<Part>> rows, boolean byKind) {
		Map<String, Tally> tallies = new HashMap<>();
		rows.forEach((account, ofAccount) -> {
			for (Part part : ofAccount) {
				Source source = part.source();
				String key = byKind ? source.kind().name() : source.id();
				tallies.computeIfAbsent(byKind ? key : source.ref(),
						group -> new Tally(key, byKind ? null : source.ref(), source.kind()))
					.add(part);
			}
		});
		return tallies.values().stream().sorted(REPORT_ORDER).toList();
	}

	/**
	 * The referred accounts whose rows of the report a change to these accounts and nodes may change: the accounts
	 * themselves (their conversion, revenue, people and who may see them) and those referred by them, by their people
	 * and by the nodes (the kind and visibility of a source, the referrals of a tie's start: referral/targetsConcerned).
	 */
	private Set<String> targetsConcerned(Set<String> accountIds, Set<String> nodes) {
		Set<String> ids = new HashSet<>(accountIds);
		if (!accountIds.isEmpty() || !nodes.isEmpty()) {
			ids.addAll(this.cypher.one("referral/targetsConcerned",
					Map.of("ids", List.copyOf(accountIds), "refs", List.copyOf(nodes)),
					r -> r.get("ids").asList(Value::asString)));
		}
		return ids;
	}

	/** What a change to these accounts and nodes may change of the reports (referral/sourcesConcerned). */
	private Concerned concerned(Set<String> accountIds, Set<String> nodes) {
		if (accountIds.isEmpty() && nodes.isEmpty()) {
			return new Concerned(List.of(), List.of());
		}
		return this.cypher.one("referral/sourcesConcerned",
				Map.of("ids", List.copyOf(accountIds), "refs", List.copyOf(nodes)),
				r -> new Concerned(r.get("sources").asList(Value::asString), r.get("accounts").asList(Value::asString)));
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
		// kept: the ranking, worked out from the edges of each source and the revenue of each account; a change to a
		// few accounts or sources reads again their edges and revenue only. Read at every request: the ranked sources
		// themselves (see report)
		List<Ranked> top = this.results.byParts("referral/topReferrers", List.of(), this::treeRows, this::treeParts,
				this::ranking)
			.stream()
			.limit(limit)
			.toList();
		Map<String, Map<String, Object>> nodes = nodes(top.stream().map(Ranked::ref).toList());
		return top.stream().map(r -> topReferrer(r, nodes.get(r.ref()))).toList();
	}

	/**
	 * The rows the ranking is worked out from: {@link #EDGES} and a source's element id to its edges
	 * ({@link Edges}), {@link #REVENUE} and an account's element id to its won revenue.
	 * @param keys the rows read, every row for null
	 */
	private Map<String, Object> treeRows(Set<String> keys) {
		List<String> sources = keys == null ? null : refs(keys, EDGES);
		List<String> accounts = keys == null ? null : refs(keys, REVENUE);
		Map<String, Object> rows = new HashMap<>();
		// the revenue and the edges each read much of the book: they are read at the same time
		CompletableFuture<Map<String, Double>> revenue = accounts != null && accounts.isEmpty()
				? CompletableFuture.completedFuture(Map.of())
				: this.cypher.readAside(() -> this.cypher.one("referral/treeAllRevenue", refsParameter(accounts),
						r -> Cypher.zip(r.get("refs"), r.get("revenues"), Value::asString, Value::asDouble)));
		if (sources == null || !sources.isEmpty()) {
			this.cypher.one("referral/treeAllEdges", refsParameter(sources), r -> {
				List<String> froms = r.get("froms").asList(Value::asString);
				List<String> fromIds = r.get("fromIds").asList(v -> v.asString(null));
				List<String> tos = r.get("tos").asList(Value::asString);
				for (int i = 0; i < froms.size(); i++) {
					String fromId = fromIds.get(i);
					((Edges) rows.computeIfAbsent(EDGES + froms.get(i), k -> new Edges(fromId, new ArrayList<>())))
						.tos()
						.add(tos.get(i));
				}
				return rows;
			});
		}
		Cypher.join(revenue).forEach((ref, amount) -> rows.put(REVENUE + ref, amount));
		return rows;
	}

	/** The rows of the ranking a change to these accounts and nodes may change ({@link #concerned}). */
	private Set<String> treeParts(Set<String> accountIds, Set<String> nodes) {
		Concerned concerned = concerned(accountIds, nodes);
		Set<String> keys = new HashSet<>();
		nodes.forEach(ref -> keys.add(EDGES + ref));
		concerned.sources().forEach(ref -> keys.add(EDGES + ref));
		concerned.accounts().forEach(ref -> keys.add(REVENUE + ref));
		return keys;
	}

	private static List<String> refs(Set<String> keys, String kind) {
		return keys.stream().filter(k -> k.startsWith(kind)).map(k -> k.substring(kind.length())).toList();
	}

	private static Map<String, Object> refsParameter(List<String> refs) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("refs", refs);
		return parameters;
	}

	/** Every source ranked, from the rows of {@link #treeRows}. */
	private List<Ranked> ranking(Map<String, Object> rows) {
		int depth = this.settings.maxDepth();
		double decay = this.settings.decay();
		ReferralGraph graph = new ReferralGraph();
		rows.forEach((key, row) -> {
			if (row instanceof Edges edges) {
				String from = key.substring(EDGES.length());
				edges.tos().forEach(to -> graph.edge(from, edges.fromId(), to));
			}
		});
		rows.forEach((key, row) -> {
			if (row instanceof Double amount) {
				graph.revenue(key.substring(REVENUE.length()), amount);
			}
		});
		List<Ranked> ranked = new ArrayList<>();
		for (String source : graph.sources()) {
			ranked.add(new Ranked(source, graph.id(source), graph.totals(source, depth, decay)));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> r.totals().totalRevenue())
			.reversed()
			.thenComparing(Comparator.comparingInt((Ranked r) -> r.totals().directReferrals()).reversed())
			.thenComparing(Ranked::id, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Ranked::ref));
		return List.copyOf(ranked);
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

	/** A source's edges: its {@code id} and the element ids of those it referred, one per edge. */
	private record Edges(String fromId, List<String> tos) {
	}

	/** A source of the report: its element id, its id and its kind. */
	private record Source(String ref, String id, SourceKind kind) {
	}

	/**
	 * What a source's referrals of one account (and of its people) count in the report: leads, converted leads,
	 * revenue, the days to close summed and how many leads have them.
	 */
	private record Part(Source source, long leads, long converted, double revenue, long daysSum, long daysCount) {
	}

	/** What a change may change of the reports: the sources (element ids) and the accounts (element ids). */
	private record Concerned(List<String> sources, List<String> accounts) {
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

		/** Adds what a source's referrals of one account count. */
		void add(Part part) {
			this.leads += part.leads();
			this.converted += part.converted();
			this.revenue += part.revenue();
			this.daysSum += part.daysSum();
			this.daysCount += part.daysCount();
		}

		ReferralSourceStat stat(Object source) {
			double rate = this.leads == 0 ? 0 : (double) this.converted / this.leads;
			Double days = this.daysCount == 0 ? null : (double) this.daysSum / this.daysCount;
			return new ReferralSourceStat(this.key, source, this.kind.name(), this.kind.label(), (int) this.leads,
					(int) this.converted, rate, this.revenue, days);
		}

	}

}
