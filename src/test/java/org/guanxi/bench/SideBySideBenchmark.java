package org.guanxi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import org.guanxi.GuanxiApplication;
import org.guanxi.bulk.BookGenerator;
import org.guanxi.bulk.BookOptions;
import org.guanxi.bulk.BulkImporter;
import org.guanxi.bulk.ImportListener;
import org.guanxi.bulk.ImportOptions;
import org.guanxi.bulk.ImportSummary;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The side-by-side benchmark (not a test: surefire runs it only in the {@code bench} profile): generates the
 * book of 20,000 accounts (seed 42), imports it into a fresh embedded Guanxi, starts the packaged Guanxi on it
 * with {@code java -jar} in a process of its own, warms every call with one unrecorded pass, then runs each call
 * through GraphQL over HTTP (one kept-alive connection) and the same data through plain Cypher over Bolt (one session of
 * a driver of its own) in the same run, interleaved; then 8 concurrent clients run a mixed dashboard workload.
 * Prints one table (median, p90, ratio) and writes it to {@code docs/benchmarks.md} with the core count, the
 * date and the machine's load. Run: {@code ./mvnw -B -Pbench verify}. Options (system properties):
 * {@code bench.accounts} (20000), {@code bench.rounds} (31), {@code bench.seconds} (60), {@code bench.clients} (8).
 */
class SideBySideBenchmark {

	private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 20_000);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 31);

	private static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	/** How many times the rounds of an account-anchored call its warm-up pass runs. */
	private static final int WARM_UP_FACTOR = Integer.getInteger("bench.warm-up-factor", 15);

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	private static final Path ROOT = Path.of("target", "bench-side");

	/** The benchmark's own passwords for the admin it signs in as and for the embedded database's Bolt user. */
	private static final String ADMIN_PASSWORD = "bench-admin-1";

	private static final String NEO4J_PASSWORD = "bench-neo4j-1";

	private final List<Row> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final List<String> visibility = new ArrayList<>();

	private final List<String> kept = new ArrayList<>();

	/** The GraphQL documents of the whole-book reports, by the name of their row in the side-by-side table. */
	private final Map<String, String> wholeBook = new LinkedHashMap<>();

	/** While set, {@link #measure} runs its calls without recording them (the warm-up pass). */
	private boolean warming;

	@Test
	void run() throws Exception {
		double loadBefore = load();
		ImportBenchmark.deleteTree(ROOT);
		long start = System.nanoTime();
		Path book = ROOT.resolve("book");
		Map<String, Long> fileRows = new BookGenerator(BookOptions.of(ACCOUNTS, 42, AS_OF)).writeTo(book);
		long bookRows = fileRows.values().stream().mapToLong(Long::longValue).sum();
		this.notes.add(String.format("book: %,d accounts (seed 42), %,d rows, generated in %.1f s", ACCOUNTS, bookRows,
				seconds(start)));
		initialLoad(book, bookRows);
		Path data = ROOT.resolve("data");
		try (ConfigurableApplicationContext app = guanxi(data)) {
			importBook(app, book);
		}
		// measured as users run it: Guanxi started with java -jar in a process of its own, the client here
		List<String> largest;
		List<String> referred;
		try (Service service = Service.start(data, false)) {
			int port = service.port();
			try (Driver driver = GraphDatabase.driver(service.bolt(), AuthTokens.basic("neo4j", NEO4J_PASSWORD));
					Session session = driver.session()) {
				Plain plain = new Plain(session);
				Http http = new Http(port, Http.token(port, "admin", ADMIN_PASSWORD));
				plain.run("CALL db.awaitIndexes(300)", Map.of());
				largest = plain.strings("""
						MATCH (p:Person)-[:WORKS_AT]->(a:Account)
						WITH a, count(p) AS people ORDER BY people DESC, a.id LIMIT 20
						RETURN a.id AS id""", Map.of());
				referred = plain.strings("""
						MATCH ()-[:REFERRED]->(a:Account)
						WITH DISTINCT a ORDER BY a.id LIMIT 20
						RETURN a.id AS id""", Map.of());
				// the accounts that referred the most others: the trees of account sources
				List<String> referring = plain.strings("""
						MATCH (a:Account)-[:REFERRED]->()
						WITH a, count(*) AS referrals ORDER BY referrals DESC, a.id LIMIT 20
						RETURN a.id AS id""", Map.of());
				// a fresh JVM compiles its hot code in the first minute: one unrecorded pass over every call first
				this.warming = true;
				sideBySide(http, plain, largest, referred, referring);
				this.warming = false;
				sideBySide(http, plain, largest, referred, referring);
				visibilityCost(http, plain, port, largest, referred);
				concurrent(port, http.token, largest, referred, List.of(), true);
			}
		}
		// the same workload against Guanxi as shipped (whole-book results kept while nothing they read changes), with
		// one interaction recorded every second: each brings the kept results that read interactions up to date
		try (Service service = Service.start(data, true)) {
			int port = service.port();
			List<String> people;
			try (Driver driver = GraphDatabase.driver(service.bolt(), AuthTokens.basic("neo4j", NEO4J_PASSWORD));
					Session session = driver.session()) {
				people = new Plain(session).strings("MATCH (a:Account)<-[:WORKS_AT]-(p:Person) WHERE a.id IN $ids "
						+ "RETURN min(p.id) AS id", Map.of("ids", largest));
			}
			String token = Http.token(port, "admin", ADMIN_PASSWORD);
			// a fresh JVM: one unrecorded pass first
			concurrent(port, token, largest, referred, people, false);
			concurrent(port, token, largest, referred, people, true);
			keptReports(new Http(port, token));
		}
		double loadAfter = load();
		this.notes.add(String.format("machine: %d cores, load average %.1f at the start and %.1f at the end; total "
				+ "run %.0f s", Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, seconds(start)));
		report();
	}

	private void importBook(ConfigurableApplicationContext app, Path book) {
		long start = System.nanoTime();
		ImportSummary summary = app.getBean(BulkImporter.class)
			.importFolder(book, ImportOptions.DEFAULT, ImportListener.NONE);
		double s = seconds(start);
		this.notes.add(String.format("transactional import (`import DIR`): %,d rows, %,d nodes, %,d relationships "
				+ "in %.1f s (%,.0f rows/s), validation included", summary.rowsRead(), summary.nodesCreated(),
				summary.relationshipsCreated(), s, summary.rowsRead() / s));
	}

	/**
	 * {@code import --initial DIR} into a data folder of its own, through the command line as an operator runs it:
	 * the time from the command's start to its end (validation, Neo4j's importer, Guanxi's start with the schema,
	 * the class history and the indexes).
	 */
	private void initialLoad(Path book, long bookRows) {
		long start = System.nanoTime();
		int status = org.guanxi.bulk.BulkCommands.run(GuanxiApplication.class,
				new String[] { "import", "--initial", book.toString(), "--lang", "en",
						"--guanxi.embedded.data-dir=" + ROOT.resolve("initial-data"),
						"--guanxi.embedded.bolt-address=127.0.0.1:0" });
		double s = seconds(start);
		this.notes.add(status == 0
				? String.format("bulk initial load (`import --initial DIR` with Neo4j's importer, into a new data "
						+ "folder): %,d rows in %.1f s (%,.0f rows/s), validation, schema and class history included",
						bookRows, s, bookRows / s)
				: "bulk initial load (`import --initial DIR`): failed with status " + status + " after "
						+ String.format("%.1f s", s));
	}

	private void sideBySide(Http http, Plain plain, List<String> largest, List<String> referred,
			List<String> referring) {
		String account = largest.get(0);
		measure("`{ __typename }` (HTTP and GraphQL floor)", "–", ROUNDS * 3, i -> http.post("{ __typename }"), null,
				false);
		measure("`account(id) { id }`", "within 1.5 ms of floor + plain", ROUNDS * 3,
				i -> http.post("{ account(id: \"" + largest.get(i % 20) + "\") { id } }"),
				i -> plain.run("MATCH (a:Account {id: $id}) RETURN a.id AS id", Map.of("id", largest.get(i % 20))),
				false);
		measure("`influenceRanking` (20 largest accounts)", "≤ 1.3×", ROUNDS * 2,
				i -> http.post("{ influenceRanking(accountId: \"" + largest.get(i % 20) + "\", limit: 10) { rank score "
						+ "person { id name } explanation { ownWeightShare sources { person { id } share } } } }"),
				i -> plain.run("""
						MATCH (a:Account {id: $id})<-[:WORKS_AT]-(p:Person)
						OPTIONAL MATCH (p)-[r:INFLUENCES|REPORTS_TO]->(q:Person)-[:WORKS_AT]->(a)
						RETURN p.id, p.name, p.decisionWeight, collect([type(r), q.id, r.weight]) AS ties""",
						Map.of("id", largest.get(i % 20))),
				false);
		measure("`decisionChain` (same accounts)", "≤ 1.3×", ROUNDS * 2,
				i -> http.post("{ decisionChain(accountId: \"" + largest.get(i % 20) + "\") { roles { role people { id } } "
						+ "insiders { id } insiderCandidates { person { id } score reasons } reportingTree { person { id } "
						+ "depth managerId } coverage { wide high deep gaps } } }"),
				i -> plain.run("""
						MATCH (a:Account {id: $id})<-[:WORKS_AT]-(p:Person)
						OPTIONAL MATCH (p)-[r:INFLUENCES|REPORTS_TO]->(q:Person)-[:WORKS_AT]->(a)
						WITH a, p, collect([type(r), q.id, r.weight]) AS ties
						OPTIONAL MATCH (i:Interaction)-[:WITH]->(p)
						RETURN p, ties, collect([i.kind, i.outcome, i.at]) AS interactions""",
						Map.of("id", largest.get(i % 20))),
				false);
		measure("`relationships(accountId)` (same accounts)", "≤ 1.3×", ROUNDS * 2,
				i -> http.post("{ relationships(accountId: \"" + largest.get(i % 20) + "\", first: 50) { totalCount "
						+ "edges { node { id name relationship { classification organisationInterestMet "
						+ "personalInterestMet } } } } }"),
				i -> plain.run("""
						MATCH (a:Account {id: $id})<-[:WORKS_AT]-(p:Person)
						OPTIONAL MATCH (i:Interaction)-[:WITH]->(p)
						RETURN p.id, p.name, collect([i.kind, i.outcome, i.at]) AS interactions""",
						Map.of("id", largest.get(i % 20))),
				false);
		measure("`referralChain` (20 referred accounts)", "≤ 1.3×", ROUNDS * 2,
				i -> http.post("{ referralChain(accountId: \"" + referred.get(i % referred.size())
						+ "\") { depth nodes { __typename id name } root { id } } }"),
				i -> plain.run("""
						MATCH (a:Account {id: $id})
						OPTIONAL MATCH path = (s)-[:REFERRED*1..8]->(a)
						WITH path ORDER BY length(path) DESC LIMIT 1
						RETURN [n IN nodes(path) | [n.id, n.name]] AS chain""",
						Map.of("id", referred.get(i % referred.size()))),
				false);
		if (!referring.isEmpty()) {
			measure("`referralTree` maxDepth 5 (20 accounts that referred the most)", "≤ 1.3×", ROUNDS * 2,
					i -> http.post("{ referralTree(sourceId: \"" + referring.get(i % referring.size())
							+ "\", maxDepth: 5) { totalReferrals directRevenue indirectRevenue totalRevenue "
							+ "nodes { node { __typename id name } depth referredBy revenue } } }"),
					i -> plain.run("""
							MATCH (s:Account {id: $id})
							MATCH path = ANY SHORTEST (s)-[:REFERRED]->{1,5}(n)
							WITH n, length(path) AS depth
							OPTIONAL MATCH (d:Deal)-[:FOR]->(n) WHERE d.status = 'WON'
							RETURN n.id, n.name, depth, sum(d.amount) AS revenue""",
							Map.of("id", referring.get(i % referring.size()))),
					false);
		}
		wholeBook(http, "`abcAnalysis`, " + String.format("%,d", ACCOUNTS) + " entries",
				"{ abcAnalysis { totalRevenue entries { account { id name } revenue share cumulativeShare abcClass } } }",
				i -> plain.run("""
						MATCH (a:Account)
						OPTIONAL MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
						WITH a, sum(d.amount) AS revenue
						RETURN a.id AS id, a.name AS name, revenue ORDER BY revenue DESC, id""", Map.of()));
		wholeBook(http, "`overdueAccounts`, whole book",
				"{ overdueAccounts(asOf: \"2026-11-23\") { account { id name } abcClass lastVisitAt daysSinceLastVisit "
						+ "allowedDays overdueDays } }",
				i -> plain.run("""
						MATCH (a:Account)
						OPTIONAL MATCH (d:Deal {status: 'WON'})-[:FOR]->(a)
						WITH a, sum(d.amount) AS revenue
						OPTIONAL MATCH (a)<-[:WORKS_AT]-(:Person)<-[:WITH]-(i:Interaction {kind: 'VISIT'})
						RETURN a.id AS id, a.name AS name, revenue, max(i.at) AS lastVisit""", Map.of()));
		wholeBook(http, "`referralSourceReport(groupBy: SOURCE)`",
				"{ referralSourceReport(groupBy: SOURCE) { key source { __typename id } leads converted revenue "
						+ "avgDaysToClose } }",
				i -> plain.run("""
						MATCH (s)-[:REFERRED]->(t)
						OPTIONAL MATCH (t)-[:WORKS_AT]->(ta:Account)
						WITH s, coalesce(ta, t) AS target
						OPTIONAL MATCH (d:Deal {status: 'WON'})-[:FOR]->(target)
						RETURN s.id AS id, count(DISTINCT target) AS leads, sum(d.amount) AS revenue""", Map.of()));
	}

	/**
	 * Runs the GraphQL call and the plain query alternately, after warm-ups, and adds a row. For whole-book
	 * reports the ratio is to the plain query's server time (the database's own work), otherwise to its time at
	 * the client.
	 */
	private void measure(String call, String target, int rounds, IntFunction<Object> graphQl,
			IntFunction<ResultSummary> plain, boolean serverTime) {
		// the warm-up pass runs each account-anchored call a thousand times and more, so that the service's code
		// for one request is compiled as a service that has been running a while has it (fewer calls left part of
		// it interpreted, and the small calls measured up to three times slower than in a running service)
		int warmUp = this.warming ? (serverTime ? rounds : rounds * WARM_UP_FACTOR) : Math.max(10, rounds / 2);
		for (int i = 0; i < warmUp; i++) {
			graphQl.apply(i);
			if (plain != null) {
				plain.apply(i);
			}
		}
		if (this.warming) {
			return;
		}
		double[] g = new double[rounds];
		double[] p = new double[rounds];
		double[] s = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			graphQl.apply(i);
			g[i] = (System.nanoTime() - t) / 1e6;
			if (plain != null) {
				t = System.nanoTime();
				ResultSummary summary = plain.apply(i);
				p[i] = (System.nanoTime() - t) / 1e6;
				s[i] = summary.resultAvailableAfter(TimeUnit.MICROSECONDS) / 1e3
						+ summary.resultConsumedAfter(TimeUnit.MICROSECONDS) / 1e3;
			}
		}
		Row row = new Row(call, target, Stats.of(g), plain == null ? null : Stats.of(p),
				plain == null ? null : Stats.of(s), serverTime);
		this.rows.add(row);
		System.out.println(row.markdown());
	}

	/** A whole-book report: measured as {@link #measure} does, its ratio to the plain query's server time. */
	private void wholeBook(Http http, String call, String document, IntFunction<ResultSummary> plain) {
		this.wholeBook.put(call, document);
		measure(call, "≤ 1.5× server time, < 200 ms", ROUNDS, i -> http.post(document), plain, true);
	}

	/**
	 * The whole-book reports of the side-by-side table from Guanxi as shipped, which keeps each result while
	 * nothing it read changes: what a dashboard gets between changes of the book. The ratio is to the plain
	 * query's server time measured in the side-by-side table.
	 */
	private void keptReports(Http http) {
		for (Row row : this.rows) {
			String query = this.wholeBook.get(row.call());
			if (query == null) {
				continue;
			}
			for (int i = 0; i < 10; i++) {
				http.post(query);
			}
			double[] g = new double[ROUNDS];
			for (int i = 0; i < ROUNDS; i++) {
				long t = System.nanoTime();
				http.post(query);
				g[i] = (System.nanoTime() - t) / 1e6;
			}
			Stats kept = Stats.of(g);
			String line = String.format("| %s | %.2f | %.2f | %.2f | %.2f× | %s |", row.call(), kept.median, kept.p90,
					row.server().median, kept.median / row.server().median, row.target());
			this.kept.add(line);
			System.out.println(line);
		}
	}

	/**
	 * What the visibility rule costs: the same calls as the admin (who sees everything without the rule being
	 * evaluated) and as a MANAGER whose team holds every rep (who sees the same book, with the rule evaluated for
	 * every account), alternately in the same run.
	 */
	private void visibilityCost(Http admin, Plain plain, int port, List<String> largest, List<String> referred) {
		plain.run("MATCH (r:SalesRep) SET r.team = 'Bench'", Map.of());
		plain.run("CREATE (:SalesRep {id: 'rep-bench-manager', name: 'Bench Manager', team: 'Bench'})", Map.of());
		admin.post("mutation { createUser(input: {username: \"bench.manager\", password: \"" + ADMIN_PASSWORD
				+ "\", role: MANAGER, repId: \"rep-bench-manager\"}) { username } }");
		Http manager = new Http(port, Http.token(port, "bench.manager", ADMIN_PASSWORD));
		compare("`decisionChain` (20 largest accounts)", admin, manager, ROUNDS * 2,
				i -> "{ decisionChain(accountId: \"" + largest.get(i % 20) + "\") { roles { role people { id } } "
						+ "insiders { id } insiderCandidates { person { id } score reasons } coverage { wide high deep gaps } } }");
		compare("`referralChain` (20 referred accounts)", admin, manager, ROUNDS * 2,
				i -> "{ referralChain(accountId: \"" + referred.get(i % referred.size())
						+ "\") { depth nodes { __typename id name } root { id } } }");
		compare("`abcAnalysis`, whole book", admin, manager, ROUNDS,
				i -> "{ abcAnalysis { totalRevenue entries { account { id name } revenue abcClass } } }");
		compare("`overdueAccounts`, whole book", admin, manager, ROUNDS,
				i -> "{ overdueAccounts(asOf: \"2026-11-23\") { account { id name } overdueDays } }");
		compare("`referralSourceReport(groupBy: SOURCE)`", admin, manager, ROUNDS,
				i -> "{ referralSourceReport(groupBy: SOURCE) { key leads converted revenue } }");
	}

	private void compare(String call, Http admin, Http manager, int rounds, IntFunction<String> query) {
		int warmUp = Math.max(10, rounds / 2);
		for (int i = 0; i < warmUp; i++) {
			if (!admin.post(query.apply(i)).equals(manager.post(query.apply(i)))) {
				throw new IllegalStateException("the manager of every rep should see what the admin sees: " + call);
			}
		}
		double[] a = new double[rounds];
		double[] m = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			admin.post(query.apply(i));
			a[i] = (System.nanoTime() - t) / 1e6;
			t = System.nanoTime();
			manager.post(query.apply(i));
			m[i] = (System.nanoTime() - t) / 1e6;
		}
		Stats all = Stats.of(a);
		Stats ruled = Stats.of(m);
		String line = String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f× | ≤ 1.2× |", call, all.median, all.p90,
				ruled.median, ruled.p90, ruled.median / all.median);
		this.visibility.add(line);
		System.out.println(line);
	}

	/**
	 * {@code CLIENTS} clients sending a mixed dashboard workload for {@code SECONDS}; when {@code people} is not
	 * empty, one more client records a VISIT with one of them every second (its times are not counted). A pass
	 * not {@code recorded} only warms the service up.
	 */
	private void concurrent(int port, String token, List<String> largest, List<String> referred, List<String> people,
			boolean recorded) throws Exception {
		String[] kinds = { "account", "influenceRanking", "decisionChain", "referralChain", "relationships",
				"abcAnalysis summary", "overdueAccounts of a rep" };
		// one more thread for the client that writes
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
		List<Future<List<double[]>>> clients = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		// an unrecorded pass warms a fresh JVM for a third of the time
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(recorded ? SECONDS : SECONDS / 3);
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			clients.add(pool.submit(() -> {
				Http http = new Http(port, token);
				Random random = new Random(client);
				List<double[]> times = new ArrayList<>();
				while (System.nanoTime() < end) {
					int kind = random.nextInt(20);
					String id = largest.get(random.nextInt(largest.size()));
					String query = switch (kind) {
						case 0, 1, 2, 3, 4, 5 -> "{ account(id: \"" + id + "\") { id name lifecycle } }";
						case 6, 7, 8 -> "{ influenceRanking(accountId: \"" + id + "\", limit: 5) { rank score person { id name } } }";
						case 9, 10, 11 -> "{ decisionChain(accountId: \"" + id + "\") { coverage { wide high deep gaps } insiders { id } } }";
						case 12, 13 -> "{ referralChain(accountId: \"" + referred.get(random.nextInt(referred.size()))
								+ "\") { depth nodes { id } } }";
						case 14, 15, 16 -> "{ relationships(accountId: \"" + id + "\", first: 20) { totalCount edges { node { id "
								+ "relationship { classification } } } } }";
						case 17, 18 -> "{ abcAnalysis { totalRevenue summary { abcClass accounts revenueShare } } }";
						default -> "{ overdueAccounts(asOf: \"2026-11-23\", repId: \"rep-" + String.format("%03d",
								1 + random.nextInt(10)) + "\") { account { id } overdueDays } }";
					};
					long t = System.nanoTime();
					try {
						http.post(query);
						times.add(new double[] { (System.nanoTime() - t) / 1e6, kind });
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
					}
				}
				return times;
			}));
		}
		AtomicLong writes = new AtomicLong();
		Future<?> writer = people.isEmpty() ? null : pool.submit(() -> {
			Http http = new Http(port, token);
			for (int i = 0; System.nanoTime() < end; i++) {
				long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
				try {
					http.post("mutation { recordInteraction(input: { repId: \"rep-001\", personId: \""
							+ people.get(i % people.size()) + "\", kind: VISIT, outcome: POSITIVE }) { id } }");
					writes.incrementAndGet();
				}
				catch (RuntimeException ex) {
					errors.incrementAndGet();
				}
				LockSupport.parkNanos(next - System.nanoTime());
			}
		});
		List<Double> all = new ArrayList<>();
		for (Future<List<double[]>> client : clients) {
			client.get().forEach(t -> all.add(t[0]));
		}
		if (writer != null) {
			writer.get();
		}
		pool.shutdown();
		if (!recorded) {
			return;
		}
		double[] times = all.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(times);
		double p50 = times[times.length / 2];
		double p99 = times[(int) (times.length * 0.99)];
		String line = String.format("%d concurrent clients, mixed dashboard workload (%s) for %d s%s: %,d requests, "
				+ "%.1f requests/s, p50 %.1f ms, p99 %.1f ms (p99/p50 %.1f; target under 5), errors %d", CLIENTS,
				String.join(", ", kinds), SECONDS,
				people.isEmpty() ? ", every whole-book result worked out at each call"
						: String.format(", Guanxi as shipped (whole-book results kept while nothing they read changes) "
								+ "and a ninth client recording a visit every second (%,d written, not counted)",
								writes.get()),
				times.length, times.length / (double) SECONDS, p50, p99, p99 / p50, errors.get());
		this.notes.add(line);
		System.out.println(line);
	}

	private void report() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("| call | GraphQL median | GraphQL p90 | plain Cypher median (client) | p90 | plain Cypher "
				+ "server time median | ratio | target |\n|---|---|---|---|---|---|---|---|\n");
		Row floor = this.rows.get(0);
		for (Row row : this.rows) {
			table.append(row.markdown()).append('\n');
		}
		Row lookup = this.rows.get(1);
		String fixed = String.format("fixed cost of a single-row lookup: `account(id) { id }` %.2f ms - floor %.2f ms "
				+ "- plain lookup %.2f ms = %.2f ms (target: within 1.5 ms)", lookup.graphQl.median,
				floor.graphQl.median, lookup.plain.median,
				lookup.graphQl.median - floor.graphQl.median - lookup.plain.median);
		this.notes.add(0, fixed);
		StringBuilder doc = new StringBuilder();
		doc.append("# Benchmarks, side by side\n\n");
		doc.append("Written by `./mvnw -B -Pbench verify` (`SideBySideBenchmark`) on ")
			.append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores. Guanxi runs as operators run it, `java -jar` in a process of its own, on a fresh ")
			.append("embedded database holding the generated book; the benchmark's JVM is the client: GraphQL over HTTP ")
			.append("through one kept-alive connection, plain Cypher over Bolt through one session of a driver of its ")
			.append("own, alternately, after an unrecorded pass that runs each account-anchored call ")
			.append(WARM_UP_FACTOR)
			.append(" times as often as it is measured (its code compiled as in a service running for a while). ")
			.append("Every whole-book result is worked out at each call in this table ")
			.append("(`guanxi.book-results.max-entries=0`). Times in milliseconds; the ")
			.append("ratio of account-anchored calls is to the plain query's time at the client, that of whole-book ")
			.append("reports to the plain query's server time (the database's own work).\n\n");
		doc.append(table).append('\n');
		if (!this.visibility.isEmpty()) {
			doc.append("What the visibility rule costs: each call as the admin (everything, the rule not evaluated) and ")
				.append("as a MANAGER whose team holds every rep (the same book, the rule evaluated for every account), ")
				.append("alternately in the same run:\n\n")
				.append("| call | admin median | p90 | manager median | p90 | ratio | target |\n|---|---|---|---|---|---|---|\n");
			this.visibility.forEach(line -> doc.append(line).append('\n'));
			doc.append('\n');
		}
		if (!this.kept.isEmpty()) {
			doc.append("The same whole-book reports from Guanxi as shipped, which keeps each result while nothing it ")
				.append("read changes (what a dashboard gets between changes of the book; the table above has every ")
				.append("result worked out at each call), against the plain query's server time above:\n\n")
				.append("| call | GraphQL median | p90 | plain Cypher server time median | ratio | target |\n")
				.append("|---|---|---|---|---|---|\n");
			this.kept.forEach(line -> doc.append(line).append('\n'));
			doc.append('\n');
		}
		for (String note : this.notes) {
			doc.append("- ").append(note).append('\n');
		}
		System.out.println();
		System.out.print(table);
		this.notes.forEach(System.out::println);
		Files.createDirectories(Path.of("docs"));
		Files.writeString(Path.of("docs", "benchmarks.md"), doc.toString(), StandardCharsets.UTF_8);
	}

	private static ConfigurableApplicationContext guanxi(Path dataDir) {
		SpringApplication app = new SpringApplication(GuanxiApplication.class);
		app.setDefaultProperties(Map.of("guanxi.demo-data.enabled", "false", "guanxi.embedded.enabled", "true",
				"guanxi.embedded.data-dir", dataDir.toString(), "guanxi.embedded.bolt-address", "127.0.0.1:0",
				"server.port", "0", "logging.level.root", "WARN", "guanxi.security.admin-password", ADMIN_PASSWORD,
				"guanxi.embedded.password", NEO4J_PASSWORD));
		return app.run();
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	record Stats(double median, double p90) {

		static Stats of(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return new Stats(sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.9)]);
		}

	}

	record Row(String call, String target, Stats graphQl, Stats plain, Stats server, boolean serverTime) {

		String markdown() {
			if (this.plain == null) {
				return String.format("| %s | %.2f | %.2f | – | – | – | – | %s |", this.call, this.graphQl.median,
						this.graphQl.p90, this.target);
			}
			double base = this.serverTime ? this.server.median : this.plain.median;
			return String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f× | %s |", this.call,
					this.graphQl.median, this.graphQl.p90, this.plain.median, this.plain.p90, this.server.median,
					this.graphQl.median / base, this.target);
		}

	}

	/**
	 * Guanxi as an operator runs it: {@code java -jar} of the packaged application (the {@code bench} profile runs
	 * this benchmark after {@code package}) on the imported data folder, in a process of its own, with free ports
	 * for HTTP and Bolt; its output goes to {@code target/bench-side/guanxi.log}.
	 */
	record Service(Process process, int port, URI bolt) implements AutoCloseable {

		/**
		 * Starts Guanxi with {@code java -jar} on the data folder; without {@code keptResults} every call works
		 * its whole-book results out, as after a change of the book: the cost of the work itself.
		 */
		static Service start(Path data, boolean keptResults) throws IOException, InterruptedException {
			Path jar;
			try (var jars = Files.list(Path.of("target"))) {
				jar = jars.filter(f -> f.getFileName().toString().matches("guanxi-.*\\.jar"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"no packaged application in target/: run the benchmark with ./mvnw -B -Pbench verify"));
			}
			int port = freePort();
			int boltPort = freePort();
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(List.of(java, "-Xmx3g", "-jar", jar.toString(),
					"--guanxi.demo-data.enabled=false", "--guanxi.embedded.enabled=true",
					"--guanxi.embedded.data-dir=" + data, "--guanxi.embedded.bolt-address=127.0.0.1:" + boltPort,
					"--server.port=" + port, "--logging.level.root=WARN",
					"--guanxi.security.admin-password=" + ADMIN_PASSWORD, "--guanxi.embedded.password=" + NEO4J_PASSWORD));
			if (!keptResults) {
				command.add("--guanxi.book-results.max-entries=0");
			}
			Process process = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(ROOT.resolve("guanxi.log").toFile())
				.start();
			Service service = new Service(process, port, URI.create("bolt://127.0.0.1:" + boltPort));
			HttpClient client = HttpClient.newHttpClient();
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("Guanxi stopped at start, see " + ROOT.resolve("guanxi.log"));
				}
				try {
					HttpResponse<Void> live = client.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.discarding());
					if (live.statusCode() == 200) {
						return service;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			service.close();
			throw new IllegalStateException("Guanxi was not ready within 5 minutes, see " + ROOT.resolve("guanxi.log"));
		}

		private static int freePort() throws IOException {
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

	}

	/** GraphQL over HTTP/1.1 through one kept-alive connection. */
	static final class Http {

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final URI uri;

		private final String token;

		Http(int port, String token) {
			this.uri = URI.create("http://127.0.0.1:" + port + "/graphql");
			this.token = token;
		}

		/** Signs in as users do: POST /api/token with HTTP Basic credentials. */
		static String token(int port, String username, String password) {
			String basic = java.util.Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			try {
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/token"))
						.header("Authorization", "Basic " + basic)
						.POST(HttpRequest.BodyPublishers.noBody())
						.build(), HttpResponse.BodyHandlers.ofString());
				java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
					.matcher(response.body());
				if (response.statusCode() != 200 || !token.find()) {
					throw new IllegalStateException("sign-in as " + username + ": " + response.statusCode() + " " + response.body());
				}
				return token.group(1);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		String post(String query) {
			String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
			try {
				HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.uri)
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + this.token)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
					throw new IllegalStateException(response.statusCode() + " " + response.body());
				}
				return response.body();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Plain Cypher through one Bolt session; every result read to its end. */
	record Plain(Session session) {

		ResultSummary run(String query, Map<String, Object> parameters) {
			Result result = this.session.run(query, parameters);
			result.list();
			return result.consume();
		}

		List<String> strings(String query, Map<String, Object> parameters) {
			return this.session.run(query, parameters).list(r -> r.get(0).asString());
		}

	}

}
