package org.guanxi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.GuanxiApplication;
import org.guanxi.bulk.BookGenerator;
import org.guanxi.bulk.BookOptions;
import org.guanxi.bulk.BulkImporter;
import org.guanxi.bulk.ImportListener;
import org.guanxi.bulk.ImportOptions;
import org.guanxi.support.Browser;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Workspace page benchmark (not a test): generates and imports a book of 20,000 accounts (or the number given)
 * into an embedded Neo4j under target/bench-workspace (kept for the next run), starts Guanxi on it and opens each
 * view of the page in headless Chromium, printing the median time from navigation to the view's data shown (what
 * the page measures itself) over 5 openings after one warm-up: each right after the opened account's owner moved to
 * another team (the results by account read that rep's accounts again), right after a referral was recorded (the
 * referral reports read again the referrals of its source and of its target's sources), right after an import of
 * deals into one account (the results by account read that account again), right after an import of deals into 300
 * accounts in one commit (the results by account read those accounts again, the referral reports the sources they
 * concern), right after an import of deals into 1,500 accounts in one commit (more accounts than are followed one by
 * one: every result that reads deals is worked out again in full), right after an account was
 * added (the results by account read that account again, the funnel is worked out again), right after a visit was
 * logged and again on the unchanged book (results kept).
 * Run with:
 *
 * <pre>
 * MAVEN_OPTS=-Xmx2g ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.guanxi.bench.WorkspaceBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="20000"
 * </pre>
 */
public final class WorkspaceBenchmark {

	private static final int RUNS = 5;

	/** The password of the admin the benchmark signs in as (set on the first start of its database). */
	private static final String ADMIN_PASSWORD = "bench-admin-1";

	private WorkspaceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Path root = Path.of("target", "bench-workspace", accounts + "-signed-in");
		Path data = root.resolve("data");
		if (!Files.exists(data)) {
			load(accounts, root, data);
		}
		try (ConfigurableApplicationContext app = guanxi(data)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Driver driver = app.getBean(Driver.class);
			measure(port, accounts, driver);
		}
		System.exit(0);
	}

	private static void load(int accounts, Path root, Path data) throws Exception {
		long start = System.nanoTime();
		Path book = root.resolve("book");
		new BookGenerator(BookOptions.of(accounts, 42, LocalDate.now())).writeTo(book);
		try (ConfigurableApplicationContext app = guanxi(data)) {
			app.getBean(BulkImporter.class).importFolder(book, ImportOptions.DEFAULT, ImportListener.NONE);
		}
		System.out.printf("WorkspaceBenchmark: book of %,d accounts generated and imported in %.0f s%n", accounts,
				(System.nanoTime() - start) / 1e9);
	}

	private static ConfigurableApplicationContext guanxi(Path data) {
		SpringApplication app = new SpringApplication(GuanxiApplication.class);
		app.setDefaultProperties(Map.of("guanxi.demo-data.enabled", "false", "guanxi.embedded.enabled", "true",
				"guanxi.embedded.data-dir", data.toString(), "guanxi.embedded.bolt-address", "127.0.0.1:0",
				"server.port", "0", "logging.level.root", "WARN", "guanxi.security.admin-password", ADMIN_PASSWORD));
		return app.run();
	}

	/**
	 * An account added to the book (the one added before is deleted): the results by account read that account
	 * again, the referral reports stay kept (it takes part in no referral), the funnel is worked out again.
	 */
	private static void addAccount(Driver driver) {
		driver.executableQuery("""
				OPTIONAL MATCH (old:Account {id: 'bench-touch'}) DETACH DELETE old
				WITH count(*) AS deleted
				CREATE (:Account {id: 'bench-touch', name: 'Benchmark touch', lifecycle: 'POTENTIAL', createdAt: datetime()})""")
			.execute();
	}

	/**
	 * The owner of the account the benchmark opens moved to another team (and back at the next call): who may see
	 * its accounts changed, so the results by account read those accounts again.
	 */
	private static void moveRep(Driver driver, String repId) {
		driver.executableQuery("""
				MATCH (r:SalesRep {id: $id})
				SET r.team = CASE WHEN r.team ENDS WITH ' (moved)' THEN substring(r.team, 0, size(r.team) - 8)
				                  ELSE r.team + ' (moved)' END""")
			.withParameters(Map.of("id", repId))
			.execute();
	}

	/**
	 * A referral recorded (the one recorded before is deleted): the referral reports read again the referrals of its
	 * source and of the sources of its target; the ABC analysis stays kept.
	 */
	private static void recordReferral(Driver driver, String sourceId) {
		driver.executableQuery("""
				OPTIONAL MATCH (old:Account {id: 'bench-referred'}) DETACH DELETE old
				WITH count(*) AS deleted
				MATCH (s:Account {id: $source})
				CREATE (s)-[:REFERRED {at: date()}]->(:Account {id: 'bench-referred', name: 'Benchmark referred',
				        lifecycle: 'POTENTIAL', createdAt: datetime()})""")
			.withParameters(Map.of("source", sourceId))
			.execute();
	}

	/**
	 * An import of 501 open deals into one account of the benchmark (those imported before are deleted), in one
	 * commit: it concerns that account only, so the results by account read that account again and the referral
	 * reports find it takes part in no referral.
	 */
	private static void importIntoOneAccount(Driver driver) {
		driver.executableQuery("""
				MERGE (a:Account {id: 'bench-bulk'})
				  ON CREATE SET a.name = 'Benchmark bulk', a.lifecycle = 'PROSPECT', a.createdAt = datetime()
				WITH a
				OPTIONAL MATCH (old:Deal)-[:FOR]->(a)
				DETACH DELETE old
				WITH DISTINCT a
				UNWIND range(1, 501) AS k
				CREATE (:Deal {id: 'bench-bulk-' + k, name: 'Bulk ' + k, amount: 1000.0, status: 'OPEN',
				               openedAt: date()})-[:FOR]->(a)""")
			.execute();
	}

	/**
	 * An import of an open deal into each of {@code accounts} accounts of the book (those imported before are
	 * deleted), in one commit. Into 300 accounts, the kept results by account read those accounts again; into more
	 * accounts than are followed one by one (1,000), it concerns every account and every kept result that reads deals
	 * (the ABC analysis, the follow-ups, the referral reports, the funnel) is worked out in full. The deals of each
	 * size have ids of their own: deleting those of the other size would concern their accounts too.
	 */
	private static void wideImport(Driver driver, int accounts) {
		driver.executableQuery("""
				OPTIONAL MATCH (old:Deal) WHERE old.id STARTS WITH $prefix
				DETACH DELETE old
				WITH count(*) AS deleted
				MATCH (a:Account) WHERE a.id >= 'acc-010000'
				WITH a ORDER BY a.id LIMIT $accounts
				CREATE (:Deal {id: $prefix + a.id, name: 'Wide ' + a.id, amount: 1000.0, status: 'OPEN',
				               openedAt: date()})-[:FOR]->(a)""")
			.withParameters(Map.of("accounts", accounts, "prefix", "bench-wide-" + accounts + "-"))
			.execute();
	}

	private static void measure(int port, int accounts, Driver driver) {
		String base = "http://localhost:" + port;
		ChromeDriver browser = Browser.get();
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> !d.getCurrentUrl().contains("/login"));
		browser.get(base + "/");
		browser.executeScript("localStorage.setItem('guanxi.lang', 'zh-CN')");
		Map<String, String> ids = ids(browser);
		Map<String, String> views = new LinkedHashMap<>();
		views.put("accounts", "#/accounts");
		views.put("accounts (ABC class A)", "#/accounts?abc=A");
		views.put("account", "#/account/" + ids.get("account"));
		views.put("referrals", "#/referrals?source=" + ids.get("source"));
		views.put("tiers", "#/tiers");
		views.put("intro", "#/intro?rep=" + ids.get("rep") + "&person=" + ids.get("person"));
		System.out.printf("%nWorkspaceBenchmark: %,d accounts; account %s (%s people), source %s, rep %s to %s%n",
				accounts, ids.get("account"), ids.get("people"), ids.get("source"), ids.get("rep"), ids.get("person"));
		System.out.println("  (after a rep moved: the owner of the account opened changed teams before each opening, so"
				+ " the results by account read that rep's accounts again and the funnel is worked out again; after a"
				+ " referral: a referral was recorded, so the referral reports read again the referrals of its source"
				+ " and of its target's sources; after an import into one account: 501 open deals were written for one"
				+ " account in one commit, so the results by account read that account again; after an import into 300"
				+ " accounts: an open deal was written for each of 300 accounts in one commit, so the results by"
				+ " account read those accounts again and the referral reports the sources they concern; after an"
				+ " import into 1,500 accounts: the same for 1,500 accounts, more than are followed one by one, so every"
				+ " result that reads deals is worked out again in full; after an account was added: the results by account read that account"
				+ " again, the referral reports stay kept, the funnel is worked out again; after a visit: a VISIT was"
				+ " logged through GraphQL; again: the same view opened again on an unchanged book)");
		SideBySideBenchmark.Http http = new SideBySideBenchmark.Http(port,
				SideBySideBenchmark.Http.token(port, "admin", ADMIN_PASSWORD));
		Map<String, Runnable> conditions = new LinkedHashMap<>();
		conditions.put("after a rep moved", () -> moveRep(driver, ids.get("rep")));
		conditions.put("after a referral", () -> recordReferral(driver, ids.get("account")));
		conditions.put("after an import into one account", () -> importIntoOneAccount(driver));
		conditions.put("after an import into 300 accounts", () -> wideImport(driver, 300));
		conditions.put("after an import into 1,500 accounts", () -> wideImport(driver, 1_500));
		conditions.put("after an account was added", () -> addAccount(driver));
		conditions.put("after a visit", () -> http.post("mutation { recordInteraction(input: { repId: \"" + ids.get("rep")
				+ "\", personId: \"" + ids.get("person") + "\", kind: VISIT, outcome: POSITIVE }) { id } }"));
		conditions.put("again", () -> {
		});
		for (Map.Entry<String, String> view : views.entrySet()) {
			Map<String, List<Long>> times = new LinkedHashMap<>();
			open(browser, base, view.getValue());
			for (int run = 0; run < RUNS; run++) {
				conditions.forEach((condition, change) -> {
					change.run();
					times.computeIfAbsent(condition, c -> new ArrayList<>()).add(open(browser, base, view.getValue()));
				});
			}
			StringBuilder line = new StringBuilder(String.format("  %-24s", view.getKey()));
			times.forEach((condition, measured) -> line.append(' ').append(condition).append(": ")
				.append(median(measured)).append(';'));
			System.out.println(line.substring(0, line.length() - 1));
		}
	}

	private static String median(List<Long> times) {
		Collections.sort(times);
		return String.format("median %5d ms (min %d, max %d)", times.get(RUNS / 2), times.get(0), times.get(RUNS - 1));
	}

	/** Loads the page afresh at a view and answers the time the page measured from navigation to data shown. */
	private static long open(ChromeDriver browser, String base, String hash) {
		browser.get(base + "/" + hash);
		browser.navigate().refresh();
		String view = hash.substring(2).split("[/?]")[0];
		new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
			WebElement main = d.findElement(By.id("main"));
			return view.equals(main.getAttribute("data-view")) && "true".equals(main.getAttribute("data-ready"));
		});
		// milliseconds since the navigation started (performance.now's origin) when the view's data was shown
		return ((Number) browser.executeScript("return window.guanxiReadyAt")).longValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> ids(ChromeDriver browser) {
		return (Map<String, String>) browser.executeAsyncScript("""
				const done = arguments[0];
				(async () => {
				  // the page's own client: the signed-in session with its CSRF token
				  const { gql } = await import('/app/api.js');
				  const top = await gql('{ abcAnalysis { entries { account { id } } } topReferrers(first: 1) { source { id } } }');
				  const first = top.abcAnalysis.entries[0].account.id, other = top.abcAnalysis.entries[60].account.id;
				  const two = await gql(`{ a: account(id: "${first}") { people { id } owners { id } } b: account(id: "${other}") { people { id } } }`);
				  done({account: first, people: String(two.a.people.length), source: top.topReferrers[0].source.id,
				        rep: two.a.owners[0].id, person: two.b.people[0].id});
				})();""");
	}

}
