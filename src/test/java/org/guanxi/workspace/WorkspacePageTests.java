package org.guanxi.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanxi.support.Browser;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace page in a real browser (headless Chromium) against the running service with the demo book:
 * each view shows what the GraphQL API answers, clicks and writes work, both languages. Writes a screenshot of
 * each view per language to target/screenshots and prints each view's load time.
 */
class WorkspacePageTests extends GraphQlTestBase {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Map<String, Long> LOAD_TIMES = new LinkedHashMap<>();

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeEach
	void demoBook() {
		// the demo book's dates are relative to the moment it is loaded: the service's clock reads the same now
		this.clock.set(OffsetDateTime.now(ZoneId.of("Asia/Shanghai")));
		TestNeo4j.load("cypher/demo/demo-data.cypher");
		this.browser = Browser.get();
		this.browser.manage().window().setSize(new Dimension(1440, 1000));
		signIn();
	}

	/** Signs in with the sign-in form, as a user does; the page opens after it. */
	private void signIn() {
		this.browser.manage().deleteAllCookies();
		this.browser.get(base() + "/login");
		this.browser.findElement(By.id("username")).sendKeys(ADMIN);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(120)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	@AfterAll
	static void printLoadTimes() {
		System.out.println("Workspace views on the demo book, ms from the view's start to its data shown: " + LOAD_TIMES);
	}

	@Test
	void accountsListOpensAnAccountWhoseGraphHasOneNodePerPersonWithItsClass() {
		open("#/accounts", "accounts", "zh-CN");
		List<WebElement> rows = this.browser.findElements(By.cssSelector("[data-test=accounts] tbody tr"));
		assertThat(rows).hasSize(16);
		assertThat(text("[data-test=account-count]")).isEqualTo("共 16 个客户");
		screenshot("accounts-zh-CN");

		markStale();
		this.browser.findElement(By.linkText("顺达物流 Shunda Logistics")).click();
		waitForView("account");
		assertThat(text("[data-test=account-name]")).isEqualTo("顺达物流 Shunda Logistics");
		// Shunda is signed (organisation's interest met for everyone); two positive personal interactions within
		// 180 days make a partner: Wang Qiang, Zhang Wei and Ma Dong have them, the others do not
		Map<String, String> graphClasses = graphNodeClasses();
		assertThat(graphClasses).isEqualTo(Map.of("p-wang-qiang", "PARTNER", "p-zhang-wei", "PARTNER", "p-ma-dong",
				"PARTNER", "p-liu-mei", "SUPPLIER", "p-zhou-jun", "SUPPLIER", "p-sun-li", "SUPPLIER", "p-chen-xiaoyu",
				"SUPPLIER", "p-hu-jing", "SUPPLIER"));
		assertThat(graphClasses).isEqualTo(apiClasses("acc-shunda"));
		screenshot("account-zh-CN");

		clickNode("p-zhang-wei");
		WebElement details = this.browser.findElement(By.cssSelector("[data-test=person-details]"));
		assertThat(details.getAttribute("data-person")).isEqualTo("p-zhang-wei");
		assertThat(details.getText()).contains("张伟 Zhang Wei", "车队经理 Fleet Manager");

		this.browser.findElement(By.cssSelector("[data-test=show-table]")).click();
		List<WebElement> tableRows = this.browser.findElements(By.cssSelector("[data-test=chain-table] tr[data-chain-person]"));
		assertThat(tableRows).hasSize(8);
		assertThat(tableRows.stream().collect(Collectors.toMap(r -> r.getAttribute("data-chain-person"), r -> r.getAttribute("data-class"))))
			.isEqualTo(graphClasses);
		this.browser.findElement(By.cssSelector("[data-test=show-graph]")).click();

		// the language follows the browser's (Chinese here) until the user picks one
		this.browser.executeScript("localStorage.clear()");
		open("#/accounts", "accounts", null);
		assertThat(this.browser.findElement(By.cssSelector("[data-nav=accounts]")).getText()).isEqualTo("客户");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

		markStale();
		new Select(this.browser.findElement(By.id("lang"))).selectByValue("en");
		waitForView("accounts");
		assertThat(this.browser.findElement(By.cssSelector("[data-nav=accounts]")).getText()).isEqualTo("Accounts");
		assertThat(text("[data-test=account-count]")).isEqualTo("16 accounts");
		screenshot("accounts-en");

		open("#/account/acc-shunda", "account", "en");
		assertThat(this.browser.findElement(By.cssSelector("[data-test=chain]")).getText()).contains("Decision chain");
		screenshot("account-en");
	}

	@Test
	void aLargeReferralTreeDrawsTheReferralsWithTheMostRevenueAndListsAll() {
		// 150 accounts referred by one organisation, account i with won revenue 1,000 x i; the first 30 referred
		// one more account each (no revenue): 180 referrals, more than the graph's 60
		TestNeo4j.run("""
				CREATE (s:Organization {id: 'org-big', name: 'Big Association', kind: 'ASSOCIATION', createdAt: datetime()})
				WITH s UNWIND range(1, 150) AS i
				CREATE (a:Account {id: 'acc-big-' + i, name: 'Big ' + i, lifecycle: 'RETAINED', signed: true, vip: false,
				                   createdAt: datetime()})
				CREATE (s)-[:REFERRED {at: date() - duration({days: 200})}]->(a)
				CREATE (:Deal {id: 'deal-big-' + i, name: 'Deal ' + i, amount: 1000.0 * i, status: 'WON',
				               openedAt: date() - duration({days: 100}), closedAt: date() - duration({days: 50})})-[:FOR]->(a)
				WITH a, i WHERE i <= 30
				CREATE (b:Account {id: 'acc-small-' + i, name: 'Small ' + i, lifecycle: 'PROSPECT', signed: false, vip: false,
				                   createdAt: datetime()})
				CREATE (a)-[:REFERRED {at: date() - duration({days: 100})}]->(b)""", Map.of());
		open("#/referrals?source=org-big", "referrals", "en");
		@SuppressWarnings("unchecked")
		List<String> drawn = (List<String>) this.browser
			.executeScript("return document.querySelector('[data-test=referral-tree]').cy.nodes().map(n => n.id())");
		// the source and the 60 accounts with the most revenue: Big 91 to Big 150
		assertThat(drawn).hasSize(61).contains("org-big", "acc-big-150", "acc-big-91").doesNotContain("acc-big-90",
				"acc-small-1");
		assertThat(text("[data-test=tree-part]")).contains("60", "180");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=referral-tree-table] tbody tr"))).hasSize(180);
	}

	@Test
	void aTeamOfMoreThanAListCapOfRepsFillsEveryRepPicker() {
		// 600 reps besides the demo book's: more than the 500 one list gives without first
		TestNeo4j.run("UNWIND range(1, 600) AS i CREATE (:SalesRep {id: 'rep-many-' + i, name: 'Many ' + right('00' + i, 3),"
				+ " team: 'Many'})");
		long reps = TestNeo4j.count("MATCH (r:SalesRep) RETURN count(r)");
		assertThat(reps).isGreaterThan(600);
		// a new page: the accounts view keeps the reps it read while the page stays open
		this.browser.get(base() + "/");
		open("#/accounts", "accounts", "en");
		assertThat(options("[data-test=filter-owner]")).as("owner filter: any, then every rep").isEqualTo(reps + 1);
		open("#/tiers", "tiers", "en");
		assertThat(options("[data-test=tiers-rep]")).as("tiers: all reps, then every rep").isEqualTo(reps + 1);
		open("#/referrals", "referrals", "en");
		assertThat(options("[data-test=ask-rep]")).as("ask list: choose, then every rep").isEqualTo(reps + 1);
		assertThat(new Select(this.browser.findElement(By.cssSelector("[data-test=ask-rep]"))).getOptions()
			.stream().map(o -> o.getAttribute("value"))).contains("rep-many-1", "rep-many-600");
	}

	/** The names of the funnel's groups, as its table shows them. */
	private List<String> funnelGroups() {
		return this.browser.findElements(By.cssSelector("[data-test=funnel-table] tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private long options(String css) {
		return new Select(this.browser.findElement(By.cssSelector(css))).getOptions().size();
	}

	@Test
	void referralTreeReportParetoFunnelAndWarmIntroduction() {
		open("#/referrals?source=org-vehicle-admin", "referrals", "zh-CN");
		Map<String, Object> tree = this.graphQl.document("""
				{ referralTree(sourceId: "org-vehicle-admin") { totalReferrals nodes { node { id } } } }""")
			.execute()
			.path("referralTree")
			.entity(Map.class)
			.get();
		long nodes = ((Number) this.browser.executeScript(
				"return document.querySelector('[data-test=referral-tree]').cy.nodes().length")).longValue();
		assertThat(nodes).isEqualTo(((Number) tree.get("totalReferrals")).longValue() + 1);
		assertThat(this.browser.findElements(By.cssSelector("[data-test=report-chart] svg"))).hasSize(1);
		screenshot("referrals-zh-CN");

		// the kinds of source in the page's language only
		assertThat(columnTexts("[data-test=report-table]", 2)).contains("合作机构", "老客户")
			.noneMatch(kind -> kind.matches(".*[a-z].*"));
		List<String> revenues = columnTexts("[data-test=report-table]", 6);
		this.browser.findElement(By.cssSelector("[data-test=report-table] button[data-key=leads]")).click();
		this.browser.findElement(By.cssSelector("[data-test=report-table] button[data-key=leads]")).click();
		List<Integer> leads = columnTexts("[data-test=report-table]", 3).stream().map(Integer::valueOf).toList();
		assertThat(leads).isSortedAccordingTo(java.util.Comparator.naturalOrder());
		this.browser.findElement(By.cssSelector("[data-test=report-table] button[data-key=leads]")).click();
		assertThat(this.browser.findElement(By.cssSelector("[data-test=report-table] th[aria-sort=descending]")).getText())
			.contains("线索");
		assertThat(columnTexts("[data-test=report-table]", 6)).containsExactlyInAnyOrderElementsOf(revenues);
		open("#/referrals?source=org-vehicle-admin", "referrals", "en");
		assertThat(columnTexts("[data-test=report-table]", 2)).contains("Partner organisation", "Customer")
			.noneMatch(kind -> kind.matches(".*\\p{IsHan}.*"));
		screenshot("referrals-en");

		open("#/tiers", "tiers", "zh-CN");
		WebElement pareto = this.browser.findElement(By.cssSelector("[data-test=pareto-chart] svg"));
		assertThat(pareto.getText()).contains("55%", "85%");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=funnel-chart] svg"))).hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("[data-test=funnel-groups-chart] svg"))).hasSize(1);
		// the cards list the first 50 entries of each report and say how many there are in all
		int overdue = this.graphQl.document("{ overdueAccountCount }")
			.execute()
			.path("overdueAccountCount")
			.entity(Integer.class)
			.get();
		assertThat(overdue).isPositive();
		assertThat(this.browser.findElement(By.cssSelector("[data-test=overdue] h2")).getText()).endsWith("(" + overdue + ")");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=overdue] tbody tr"))).hasSize(Math.min(overdue, 50));
		screenshot("tiers-zh-CN");

		markStale();
		new Select(this.browser.findElement(By.cssSelector("[data-test=funnel-group]"))).selectByValue("LEAD_SOURCE");
		waitForView("tiers");
		List<?> groups = this.graphQl.document("{ funnel(groupBy: LEAD_SOURCE) { groups { key } } }")
			.execute()
			.path("funnel.groups")
			.entityList(Object.class)
			.get();
		assertThat(this.browser.findElements(By.cssSelector("[data-test=funnel-table] tbody tr"))).hasSize(groups.size());
		// lead sources in words of the page's language: the type, then the kind of an organisation or channel
		assertThat(funnelGroups()).contains("客户", "机构 · 保险公司", "渠道 · 网站").noneMatch(g -> g.matches(".*[A-Z_]{4,}.*"));
		open("#/tiers?group=LEAD_SOURCE", "tiers", "en");
		assertThat(funnelGroups()).contains("Account", "Organisation · Insurer", "Channel · Website")
			.noneMatch(g -> g.matches(".*[A-Z_]{4,}.*"));
		screenshot("tiers-en");

		open("#/intro?rep=rep-li-na&person=p-song-wenbin", "intro", "zh-CN");
		List<?> paths = this.graphQl.document("""
				{ warmIntroPaths(fromRepId: "rep-li-na", toPersonId: "p-song-wenbin") { hops } }""")
			.execute()
			.path("warmIntroPaths")
			.entityList(Object.class)
			.get();
		assertThat(paths).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector("[data-test=intro-path]"))).hasSize(paths.size());
		screenshot("intro-zh-CN");
		open("#/intro?rep=rep-li-na&person=p-song-wenbin", "intro", "en");
		screenshot("intro-en");
	}

	@Test
	void loggingAnInteractionChangesTheClassInTheGraph() {
		// Chen Xiaoyu has one positive gift within 180 days at a signed account: a supplier; a second positive
		// personal interaction meets the personal interest too: a partner
		String person = "p-chen-xiaoyu";
		open("#/account/acc-shunda", "account", "en");
		assertThat(graphNodeClasses()).containsEntry(person, "SUPPLIER");

		WebElement form = this.browser.findElement(By.cssSelector("[data-test=form-interaction]"));
		new Select(form.findElement(By.name("person"))).selectByValue(person);
		new Select(form.findElement(By.name("kind"))).selectByValue("MEAL");
		new Select(form.findElement(By.name("outcome"))).selectByValue("POSITIVE");
		form.findElement(By.name("note")).sendKeys("lunch after the night shift");
		markStale();
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitForView("account");

		assertThat(apiClasses("acc-shunda")).containsEntry(person, "PARTNER");
		assertThat(graphNodeClasses()).containsEntry(person, "PARTNER");
		assertThat(this.browser.findElement(By.cssSelector("[data-test=person-details]")).getText()).contains("Partner");
		assertThat(this.browser.findElement(By.cssSelector("[data-test=interactions]")).getText())
			.contains("lunch after the night shift");
	}

	// ---------------------------------------------------------------------------------------------

	private String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Opens a view in a language (null: as the browser prefers) and waits until its data is shown; the page is
	 * loaded anew only when the language changes.
	 */
	private void open(String hash, String view, String language) {
		boolean loaded = this.browser.getCurrentUrl().startsWith(base());
		Object stored = loaded ? this.browser.executeScript("return localStorage.getItem('guanxi.lang')") : null;
		if (loaded && language != null && language.equals(stored)) {
			markStale();
			this.browser.executeScript("""
					if (location.hash === arguments[0]) { window.dispatchEvent(new HashChangeEvent('hashchange')); }
					else { location.hash = arguments[0]; }""", hash);
		}
		else {
			if (!loaded) {
				this.browser.get(base() + "/");
			}
			if (language != null) {
				this.browser.executeScript("localStorage.setItem('guanxi.lang', arguments[0])", language);
			}
			this.browser.get(base() + "/" + hash);
			this.browser.navigate().refresh();
		}
		waitForView(view);
		long ms = ((Number) this.browser.executeScript("return window.guanxiTimings[arguments[0]]", view)).longValue();
		LOAD_TIMES.merge(view + (language == null ? "" : "-" + language), ms, Math::min);
	}

	private void markStale() {
		this.browser.executeScript("document.getElementById('main').dataset.ready = 'stale'");
	}

	private void waitForView(String view) {
		new WebDriverWait(this.browser, Duration.ofSeconds(120)).until(d -> {
			WebElement main = d.findElement(By.id("main"));
			return view.equals(main.getAttribute("data-view")) && "true".equals(main.getAttribute("data-ready"));
		});
		// charts and graphs draw in the next animation frame
		this.browser.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))");
		assertThat((List<?>) this.browser.executeScript("return window.guanxiErrors || []")).as("drawing failures")
			.isEmpty();
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private List<String> columnTexts(String tableCss, int column) {
		return this.browser.findElements(By.cssSelector(tableCss + " tbody tr td:nth-child(" + column + ")"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> graphNodeClasses() {
		List<List<String>> nodes = (List<List<String>>) this.browser.executeScript(
				"return document.querySelector('[data-test=chain-graph]').cy.nodes().map(n => [n.id(), n.data('cls')])");
		return nodes.stream().collect(Collectors.toMap(n -> n.get(0), n -> n.get(1)));
	}

	private Map<String, String> apiClasses(String accountId) {
		List<Map<String, Object>> members = this.graphQl.document("""
				query($id: ID!) { decisionChain(accountId: $id) { members { person { id } relationship } } }""")
			.variable("id", accountId)
			.execute()
			.path("decisionChain.members")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		return members.stream()
			.collect(Collectors.toMap(m -> (String) ((Map<?, ?>) m.get("person")).get("id"),
					m -> (String) m.get("relationship")));
	}

	/** Clicks a person's node on the graph's canvas, where Cytoscape drew it. */
	@SuppressWarnings("unchecked")
	private void clickNode(String personId) {
		WebElement graph = this.browser.findElement(By.cssSelector("[data-test=chain-graph]"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", graph);
		Map<String, Number> offset = (Map<String, Number>) this.browser.executeScript("""
				const box = arguments[0]; const p = box.cy.getElementById(arguments[1]).renderedPosition();
				return {x: Math.round(p.x - box.clientWidth / 2), y: Math.round(p.y - box.clientHeight / 2)};""", graph,
				personId);
		new Actions(this.browser).moveToElement(graph, offset.get("x").intValue(), offset.get("y").intValue())
			.click()
			.perform();
	}

	/** The whole page as a picture, under target/screenshots. */
	private void screenshot(String name) {
		long height = ((Number) this.browser.executeScript("return document.documentElement.scrollHeight")).longValue();
		this.browser.manage().window().setSize(new Dimension(1440, (int) Math.min(Math.max(height, 900), 4000)));
		this.browser.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.copy(this.browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.browser.manage().window().setSize(new Dimension(1440, 1000));
		}
	}

}
