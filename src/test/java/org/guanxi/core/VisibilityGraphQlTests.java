package org.guanxi.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what, on fixtures/visibility.cypher: team East (reps rep-e1, rep-e2, manager's rep rep-em), team West
 * (rep-w1, rep-w2, rep-wm), acc-sh owned by rep-e1 and rep-w1, acc-free owned by nobody. A REP (rep-e1) sees acc-e1
 * and acc-sh; the East MANAGER sees acc-e1, acc-e2, acc-sh and acc-free; nobody of East sees acc-w1 or acc-w2.
 * Every response is searched for every id and name it holds and compared with that rule.
 */
class VisibilityGraphQlTests extends GraphQlTestBase {

	@Autowired
	private org.guanxi.graph.Cypher cypher;

	/** A REP signed in as users do, linked to rep-e1 of team East. */
	static final String REP = "ethan.east";

	/** A MANAGER linked to rep-em, the manager of team East. */
	static final String MANAGER = "emma.east";

	/** What everybody sees: sales reps, organisations, channels. */
	static final Set<String> SHARED = Set.of("rep-e1", "rep-e2", "rep-em", "rep-w1", "rep-w2", "rep-wm", "org-ins",
			"ch-expo");

	static final Set<String> REP_SEES = Set.of("acc-e1", "acc-sh", "p-e1", "p-e1b", "p-sh", "deal-e1", "deal-sh",
			"int-e1", "int-sh");

	static final Set<String> MANAGER_SEES = Set.of("acc-e1", "acc-e2", "acc-sh", "acc-free", "p-e1", "p-e1b", "p-e2",
			"p-sh", "p-free", "deal-e1", "deal-sh", "deal-free", "int-e1", "int-sh", "int-free");

	/** Names, notes and amounts of team West's own accounts: never in an East response. */
	static final List<String> WEST_ONLY = List.of("\"acc-w1\"", "\"acc-w2\"", "\"p-w1\"", "\"p-w2\"", "\"deal-w1\"",
			"\"deal-w2\"", "\"int-w1\"",
			"Westfield", "Westlake", "Wanda", "Wes ", "Westfield fleet", "Westlake pilot", "VISIT with Wanda",
			"owner cousin", "golf partner", "500000", "500,000");

	/** What the REP may not see beyond team West. */
	static final List<String> EAST_OTHERS = List.of("\"acc-e2\"", "\"acc-free\"", "\"p-e2\"", "\"p-free\"",
			"\"deal-free\"", "\"int-free\"",
			"Eastgate", "Elias", "Freeway", "Fiona", "CALL with Fiona", "30000.0");

	private static final Pattern IDS = Pattern
		.compile("\"(id|personId|managerId|referredBy|key|accountId)\":\"([^\"]+)\"");

	/** Every root field and, nested, every field that returns accounts, people, deals or interactions. */
	private static final List<String> EVERYTHING = List.of("""
			{
			  accounts(first: 50) { totalCount edges { node { ...account } } }
			  people(first: 50) { totalCount edges { node { ...person } } }
			}
			fragment account on Account {
			  id name revenue abcClass owners { id name } deals { id name amount } people { id name }
			  referredBy { source { id name } target { id name } note }
			  referred { source { id name } target { id name } note }
			  suggestedRelationshipLevel { level reason }
			}
			fragment person on Person {
			  id name account { id name }
			  reportsTo { id name } directReports { id name }
			  influences { person { id name } weight } influencedBy { person { id name } weight }
			  knows { other { id name } strength }
			  interactions { id name note rep { id name } person { id name } }
			  referredBy { source { id name } target { id name } note } referred { source { id name } target { id name } note }
			  influenceScore
			  relationship { classification evidence road nextStep history { cause } }
			}
			""", """
			{
			  deals(first: 50) { totalCount edges { node { id name amount status account { id name } } } }
			  interactions(first: 50) { totalCount edges { node { id name note rep { id name } person { id name } } } }
			  salesReps { id name team }
			  e1: salesRep(id: "rep-e1") { id name accounts { id name revenue } knows { other { id name } strength } }
			  w1: salesRep(id: "rep-w1") { id name accounts { id name revenue } knows { other { id name } strength } }
			  org: referralSource(id: "org-ins") { ... on Organization { id name referred { source { id name } target { id name } note } } }
			  ch: referralSource(id: "ch-expo") { ... on Channel { id name referred { source { id name } target { id name } note } } }
			}
			""", """
			{
			  relationships(first: 50) { totalCount edges { node { id name } } }
			  relationshipMix { classification count }
			  relationshipChanges(from: "2026-01-01", to: "2026-12-31") { personId person { id name } cause }
			  abcAnalysis { totalRevenue entries { account { id name } revenue abcClass } summary { abcClass accounts revenue } }
			  overdueAccounts(asOf: "2026-11-23") { account { id name } lastVisitAt }
			  visitPlan(month: "2026-11") { account { id name } rep { id name } visitsDone }
			}
			""", """
			{
			  followUpsDue(asOf: "2026-11-23") { account { id name } reason deal { id name } }
			  funnel(groupBy: REP) { total stages { stage accounts } groups { key total rep { id name } } }
			  referralSourceReport { key source { id name } leads converted revenue }
			  topReferrers { source { id name } directReferrals totalReferrals totalRevenue }
			  referralAskList { person { id name } account { id name } ties tiedAccounts reasons }
			}
			""");

	@LocalServerPort
	private int port;

	@BeforeEach
	void twoTeams() {
		TestNeo4j.load("fixtures/visibility.cypher");
		createUser(REP, "REP", "rep-e1");
		createUser(MANAGER, "MANAGER", "rep-em");
		this.bearer = this.token;
	}

	/** The bearer token the requests of the test send: the admin's until the test signs in as someone else. */
	private String bearer;

	/** Signs in as the user, as users do, for the requests that follow. */
	private void signInAs(String username) {
		this.bearer = signIn(username, PASSWORD);
	}

	@Test
	void aRepSeesExactlyTheAccountsTheyOwn() {
		signInAs(REP);
		String response = postAll(EVERYTHING);
		assertThat(response).doesNotContain("\"errors\"");
		assertThat(ids(response, "accounts")).containsExactly("acc-e1", "acc-sh");
		assertThat(response).contains("\"accounts\":{\"totalCount\":2");
		assertThat(ids(response, "people")).containsExactly("p-e1", "p-e1b", "p-sh");
		assertThat(response).contains("\"people\":{\"totalCount\":3");
		assertThat(response).contains("\"deals\":{\"totalCount\":2").contains("\"interactions\":{\"totalCount\":2");
		assertThat(response).contains("\"relationships\":{\"totalCount\":3");
		// ABC of the rep's own book: acc-sh 200000 is A, acc-e1 100000 has 2/3 before it: B
		assertThat(response).contains("\"totalRevenue\":300000.0")
			.contains("{\"account\":{\"id\":\"acc-sh\",\"name\":\"Shared Harbour Bus\"},\"revenue\":200000.0,\"abcClass\":\"A\"}")
			.contains("{\"account\":{\"id\":\"acc-e1\",\"name\":\"Eastbrook Motors\"},\"revenue\":100000.0,\"abcClass\":\"B\"}");
		assertThat(response).contains("\"funnel\":{\"total\":2");
		assertOnly(response, REP_SEES);
		assertThat(response).doesNotContain(EAST_OTHERS);
	}

	@Test
	void aManagerSeesTheTeamsAccountsAndTheUnownedOnes() {
		signInAs(MANAGER);
		String response = postAll(EVERYTHING);
		assertThat(response).doesNotContain("\"errors\"");
		assertThat(ids(response, "accounts")).containsExactly("acc-e1", "acc-e2", "acc-free", "acc-sh");
		assertThat(response).contains("\"accounts\":{\"totalCount\":4");
		assertThat(ids(response, "people")).containsExactly("p-e1", "p-e2", "p-e1b", "p-free", "p-sh");
		assertThat(response).contains("\"people\":{\"totalCount\":5");
		assertThat(response).contains("\"deals\":{\"totalCount\":3").contains("\"interactions\":{\"totalCount\":3");
		assertThat(response).contains("\"funnel\":{\"total\":4");
		assertOnly(response, MANAGER_SEES);
	}

	@Test
	void aManagersTeamIsTheTeamOfTheirRepAtEachRequest() {
		String accounts = "{ accounts(first: 50) { totalCount edges { node { id } } } }";
		signInAs(MANAGER);
		assertThat(ids(post(accounts), "accounts")).containsExactly("acc-e1", "acc-e2", "acc-free", "acc-sh");
		this.bearer = this.token;
		assertThat(post("mutation { upsertSalesRep(input: {id: \"rep-em\", team: \"West\"}) { id team } }"))
			.contains("\"team\":\"West\"");
		signInAs(MANAGER);
		assertThat(ids(post(accounts), "accounts")).as("moved to team West: West's accounts, the shared one, the unowned")
			.containsExactly("acc-free", "acc-sh", "acc-w1", "acc-w2");
		this.bearer = this.token;
		MultipartBodyBuilder reps = new MultipartBodyBuilder();
		reps.part("files", new ByteArrayResource("id,name,team\nrep-em,Emma Eastboss,East\n".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "reps.csv";
			}
		});
		client().post().uri("/import").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(reps.build())).exchange().expectStatus().isOk();
		signInAs(MANAGER);
		assertThat(ids(post(accounts), "accounts")).as("moved back to team East by an import")
			.containsExactly("acc-e1", "acc-e2", "acc-free", "acc-sh");
		this.bearer = this.token;
		post("mutation { upsertSalesRep(input: {id: \"rep-solo\", name: \"Sol Solo\"}) { id } }");
		createUser("sol.solo", "MANAGER", "rep-solo");
		signInAs("sol.solo");
		assertThat(ids(post(accounts), "accounts")).as("a manager whose rep has no team: the unowned accounts")
			.containsExactly("acc-free");
	}

	@Test
	void aRepWhoMovesTeamsTakesTheirAccountsAlongAndOnlyTheirRowsAreReadAgain() throws Exception {
		createUser("wade.west", "MANAGER", "rep-wm");
		String abc = "{ abcAnalysis { totalRevenue entries { account { id } revenue } } }";
		String everything = post(abc);
		assertThat(everything).contains("\"totalRevenue\":800000.0");
		signInAs(MANAGER);
		assertThat(post(abc)).contains("\"totalRevenue\":300000.0");
		signInAs("wade.west");
		assertThat(post(abc)).contains("\"totalRevenue\":700000.0");
		// rep-w1 (acc-w1, 500,000, and acc-sh, 200,000, shared with rep-e1) moves from West to East
		this.bearer = this.token;
		assertThat(post("mutation { upsertSalesRep(input: {id: \"rep-w1\", team: \"East\"}) { id team } }"))
			.contains("\"team\":\"East\"");
		List<Object> reads = new java.util.ArrayList<>();
		String east;
		String west;
		try (AutoCloseable listening = this.cypher.listen((name, parameters) -> {
			if (name.startsWith("tiering/")) {
				reads.add(name.equals("tiering/accountsWonRevenue") ? new TreeSet<>((List<?>) parameters.get("ids")) : name);
			}
		})) {
			assertThat(post(abc)).as("the admin's analysis, which no team changes, stays kept").isEqualTo(everything);
			assertThat(reads).isEmpty();
			signInAs(MANAGER);
			east = post(abc);
			signInAs("wade.west");
			west = post(abc);
		}
		assertThat(ids(east)).as("East gains acc-w1").containsExactly("acc-w1", "acc-sh", "acc-e1", "acc-e2", "acc-free");
		assertThat(east).contains("\"totalRevenue\":800000.0");
		assertThat(ids(west)).as("West keeps only what nobody of it owns now").containsExactly("acc-free", "acc-w2");
		assertThat(west).contains("\"totalRevenue\":0.0");
		// for each manager, the revenue of the moved rep's two accounts alone, not the whole book's
		assertThat(reads).containsExactly(new TreeSet<>(Set.of("acc-sh", "acc-w1")), "tiering/accounts",
				new TreeSet<>(Set.of("acc-sh", "acc-w1")), "tiering/accounts");
	}

	/** The account ids of an ABC analysis's entries, in order. */
	private static List<String> ids(String abc) {
		Matcher m = Pattern.compile("\\{\"account\":\\{\"id\":\"([^\"]+)\"").matcher(abc);
		List<String> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	/** The spelled predicate {@code query} finds {@code visible} and not {@code hidden} for {@code visibility}. */
	private void seesOnlyTheFirst(Map<String, Object> visibility, String query, String visible, String hidden) {
		assertThat(visibleIds(query, Map.of("id", visible, "visibility", visibility))).as(query)
			.containsExactly(visible);
		assertThat(visibleIds(query, Map.of("id", hidden, "visibility", visibility))).as(query).isEmpty();
	}

	@Test
	void theSpelledPredicateSeesWhatTheManagerSees() {
		Map<String, Object> east = Map.of("all", false, "repIds", List.of("rep-em"), "teams", List.of("East"),
				"unowned", true);
		seesOnlyTheFirst(east, "visibility/accountVisible", "acc-e2", "acc-w1");
		seesOnlyTheFirst(east, "visibility/personVisible", "p-free", "p-w1");
		seesOnlyTheFirst(east, "visibility/dealVisible", "deal-sh", "deal-w2");
		seesOnlyTheFirst(east, "visibility/interactionVisible", "int-free", "int-w1");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run(query("visibility/accountsVisible"), Map.of("visibility", east))
				.single()
				.get("ids")
				.asList(org.neo4j.driver.Value::asString)).containsExactlyInAnyOrder("acc-e1", "acc-e2", "acc-sh",
						"acc-free");
		}
	}

	/** The ids a query of cypher/visibility returns, run straight on the database. */
	private static List<String> visibleIds(String name, Map<String, Object> parameters) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(query(name), parameters).list(r -> r.get("id").asString());
		}
	}

	private static String query(String name) {
		return org.guanxi.graph.CypherScript
			.query(new org.springframework.core.io.ClassPathResource("cypher/" + name + ".cypher"));
	}

	@Test
	void dataErrorsOfAccountsOutOfViewAreNotReported() {
		TestNeo4j.run("MATCH (a:Account {id: 'acc-w1'}) CREATE (:Deal {id: 'deal-w-huge', name: 'Huge', amount: 1e308,"
				+ " status: 'WON', openedAt: date('2026-01-01'), closedAt: date('2026-02-01')})-[:FOR]->(a)");
		String abc = "{ abcAnalysis { totalRevenue entries { account { id } revenue } } }";
		assertThat(post(abc)).as("the admin is told").contains("DATA_ERROR").contains("acc-w1").contains("deal-w-huge");
		signInAs(MANAGER);
		String east = post(abc);
		assertThat(east).doesNotContain("\"errors\"").doesNotContain("deal-w-huge").doesNotContain("acc-w1");
		assertThat(east).contains("\"acc-e1\"").contains("\"acc-e2\"").contains("\"acc-free\"").contains("\"acc-sh\"");
		assertOnly(east, MANAGER_SEES);
	}

	@Test
	void anAdminSeesEverything() {
		String response = postAll(EVERYTHING);
		assertThat(response).contains("\"accounts\":{\"totalCount\":6").contains("\"people\":{\"totalCount\":7");
		assertThat(response).contains("Westfield fleet").contains("Wanda Westfield");
	}

	@Test
	void analyticsOfAVisibleAccountShowNothingOfAnotherTeam() {
		for (String viewer : List.of(REP, MANAGER)) {
			signInAs(viewer);
			String response = post("""
					{
					  decisionChain(accountId: "acc-e1") {
					    account { id name } roles { role people { id name } } members { person { id name } relationship }
					    insiders { id name } insiderCandidates { person { id name } reasons }
					    reportingTree { person { id name } managerId } coverage { wide high deep gaps }
					  }
					  influenceRanking(accountId: "acc-e1") { person { id name } score explanation { sources { person { id name } } } }
					  relationshipMix(accountId: "acc-sh") { classification count }
					  sh: relationships(accountId: "acc-sh") { totalCount edges { node { id name relationship { evidence road nextStep } } } }
					}
					""");
			assertThat(response).doesNotContain("\"errors\"");
			assertOnly(response, viewer.equals(REP) ? REP_SEES : MANAGER_SEES);
		}
	}

	@Test
	void anIdOutsideTheViewIsNotFoundExactlyLikeAnUnknownOne() {
		signInAs(REP);
		List<String> documents = List.of("{ account(id: \"ID\") { id name } }", "{ person(id: \"ID\") { id name } }",
				"{ decisionChain(accountId: \"ID\") { coverage { wide } } }",
				"{ influenceRanking(accountId: \"ID\") { score } }", "{ referralChain(accountId: \"ID\") { depth } }",
				"{ relationshipMix(accountId: \"ID\") { count } }", "{ referralSource(id: \"ID\") { id } }",
				"{ personReferralChain(personId: \"ID\") { depth } }", "{ referralTree(sourceId: \"ID\") { totalReferrals } }",
				"{ warmIntroPaths(fromRepId: \"rep-e1\", toPersonId: \"ID\") { hops } }",
				"{ relationships(accountId: \"ID\") { totalCount } }",
				"mutation { upsertPerson(input: {id: \"p-new\", name: \"New\", accountId: \"ID\"}) { id } }",
				"mutation { recordDeal(input: {id: \"deal-new\", accountId: \"ID\", name: \"New\"}) { id } }",
				"mutation { deletePerson(id: \"ID\") { id } }",
				"mutation { recordInteraction(input: {repId: \"rep-e1\", personId: \"ID\", kind: CALL}) { id } }",
				"mutation { linkKnows(input: {fromId: \"rep-e1\", toId: \"ID\", strength: 0.5}) { id } }",
				"mutation { assessRelationship(input: {personId: \"ID\", personalInterestMet: true}) { id } }",
				"mutation { closeDeal(input: {dealId: \"ID\", result: LOST}) { id } }",
				"mutation { deleteDeal(id: \"ID\") { id } }", "mutation { deleteInteraction(id: \"ID\") { id } }");
		Map<String, String> hidden = Map.of("acc", "acc-w1", "p", "p-w1", "deal", "deal-w1", "int", "int-w1");
		for (String document : documents) {
			String kind = document.contains("person") || document.contains("Person") || document.contains("toId")
					|| document.contains("Interaction(input") ? "p" : "acc";
			if (document.contains("dealId") || document.contains("deleteDeal")) {
				kind = "deal";
			}
			if (document.contains("deleteInteraction")) {
				kind = "int";
			}
			String invisible = hidden.get(kind);
			String unknown = kind + "-nobody";
			String seen = post(document.replace("ID", invisible)).replace(invisible, "X");
			String unseen = post(document.replace("ID", unknown)).replace(unknown, "X");
			assertThat(seen).as(document).isEqualTo(unseen).contains("NOT_FOUND");
		}
		// deleting an account and assigning owners take a MANAGER; to the East manager a West account is not there
		signInAs(MANAGER);
		for (String document : List.of("mutation { deleteAccount(id: \"ID\") { id } }",
				"mutation { assignOwner(input: {repId: \"rep-e1\", accountId: \"ID\"}) { id } }")) {
			assertThat(post(document.replace("ID", "acc-w1")).replace("acc-w1", "X")).as(document)
				.isEqualTo(post(document.replace("ID", "acc-nobody")).replace("acc-nobody", "X"))
				.contains("NOT_FOUND");
		}
		// nothing was written: the invisible account, person, deal and interaction are as they were
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['acc-w1', 'p-w1', 'deal-w1', 'int-w1'] RETURN count(n)"))
			.isEqualTo(4);
		assertThat(TestNeo4j.count("MATCH (:Deal {id: 'deal-w1', status: 'WON'}) RETURN count(*)")).isEqualTo(1);
		assertThat(TestNeo4j.count("MATCH (:SalesRep {id: 'rep-e1'})-[:OWNS]->(:Account {id: 'acc-w1'}) RETURN count(*)"))
			.isZero();
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['p-new', 'deal-new'] RETURN count(n)")).isZero();
	}

	@Test
	void anAccountARepCreatesIsTheirsSoTheySeeIt() {
		signInAs(REP);
		assertThat(post("mutation { upsertAccount(input: {id: \"acc-new\", name: \"Newport Coaches\"}) { id owners { id } } }"))
			.isEqualTo("{\"data\":{\"upsertAccount\":{\"id\":\"acc-new\",\"owners\":[{\"id\":\"rep-e1\"}]}}}");
		assertThat(post("{ accounts(first: 50) { totalCount } }")).contains("\"totalCount\":3");
		// an update does not change who owns it, and an admin's new account has no owner until one is assigned
		signInAs(ADMIN);
		assertThat(post("mutation { upsertAccount(input: {id: \"acc-new\", industry: \"Coaches\"}) { owners { id } } }"))
			.contains("\"owners\":[{\"id\":\"rep-e1\"}]");
		assertThat(post("mutation { upsertAccount(input: {id: \"acc-admin\", name: \"Admin Co\"}) { owners { id } } }"))
			.contains("\"owners\":[]");
	}

	@Test
	void aReferralChainKeepsItsShapeThroughAnAccountOfAnotherTeam() {
		signInAs(REP);
		String response = post("""
				{ referralChain(accountId: "acc-e1") {
				    depth nodes { __typename id name ... on HiddenEntity { colleague } }
				    links { from { id } to { id } at note } root { id } } }
				""");
		// org-ins referred acc-w1 (2026-01-10), acc-w1 referred acc-e1 (2026-02-10); acc-w1 is West's
		assertThat(response).isEqualTo("{\"data\":{\"referralChain\":{\"depth\":2,\"nodes\":["
				+ "{\"__typename\":\"Organization\",\"id\":\"org-ins\",\"name\":\"Insurer Partners\"},"
				+ "{\"__typename\":\"HiddenEntity\",\"id\":\"hidden:1\",\"name\":\"Hidden\",\"colleague\":\"Walter West\"},"
				+ "{\"__typename\":\"Account\",\"id\":\"acc-e1\",\"name\":\"Eastbrook Motors\"}],"
				+ "\"links\":[{\"from\":{\"id\":\"org-ins\"},\"to\":{\"id\":\"hidden:1\"},\"at\":\"2026-01-10\",\"note\":null},"
				+ "{\"from\":{\"id\":\"hidden:1\"},\"to\":{\"id\":\"acc-e1\"},\"at\":\"2026-02-10\",\"note\":null}],"
				+ "\"root\":{\"id\":\"org-ins\"}}}}");
	}

	@Test
	void theNeutralNameOfAHiddenNodeIsInTheLanguageOfTheRequestAndTheColleaguesNameAsEntered() {
		signInAs(REP);
		String document = "{ referralChain(accountId: \"acc-e1\") { nodes { id name ... on HiddenEntity { colleague } } } }";
		assertThat(post(document, "zh-CN")).contains("{\"id\":\"hidden:1\",\"name\":\"隐藏\",\"colleague\":\"Walter West\"}")
			.contains("{\"id\":\"acc-e1\",\"name\":\"Eastbrook Motors\"}");
		assertThat(post(document, "en")).contains("{\"id\":\"hidden:1\",\"name\":\"Hidden\",\"colleague\":\"Walter West\"}");
	}

	@Test
	void aReferralTreeHidesNodesAndTheirRevenueButSaysRevenueIsHidden() {
		String document = """
				{ referralTree(sourceId: "org-ins") {
				    directReferrals totalReferrals directRevenue indirectRevenue totalRevenue revenueHidden
				    nodes { node { __typename id name ... on HiddenEntity { colleague } } depth referredBy revenue } } }
				""";
		signInAs(REP);
		String rep = post(document);
		// depth 1: acc-w1 (West, 500000 won) and acc-e2 (Erin's) are hidden from rep-e1; depth 2: acc-e1 (100000),
		// counted at 0.5
		assertThat(rep).contains("\"directReferrals\":2,\"totalReferrals\":3,\"directRevenue\":0.0,"
				+ "\"indirectRevenue\":50000.0,\"totalRevenue\":50000.0,\"revenueHidden\":true");
		assertThat(rep).contains(
				"{\"node\":{\"__typename\":\"Account\",\"id\":\"acc-e1\",\"name\":\"Eastbrook Motors\"},\"depth\":2,\"referredBy\":\"hidden:");
		assertThat(rep).contains("\"colleague\":\"Walter West\"").contains("\"colleague\":\"Erin East\"");
		assertOnly(rep, REP_SEES);
		assertThat(rep).doesNotContain(EAST_OTHERS);
		signInAs(MANAGER);
		String manager = post(document);
		assertThat(manager).contains("\"directReferrals\":2,\"totalReferrals\":3,\"directRevenue\":0.0,"
				+ "\"indirectRevenue\":50000.0,\"totalRevenue\":50000.0,\"revenueHidden\":true");
		assertThat(manager).contains(
				"{\"node\":{\"__typename\":\"Account\",\"id\":\"acc-e2\",\"name\":\"Eastgate Freight\"},\"depth\":1,\"referredBy\":\"org-ins\",\"revenue\":0.0}");
		assertOnly(manager, MANAGER_SEES);
	}

	@Test
	void warmIntroductionsPassThroughHiddenPeople() {
		signInAs(REP);
		String response = post("""
				{ warmIntroPaths(fromRepId: "rep-e1", toPersonId: "p-sh", maxHops: 3, limit: 3) {
				    strength hops nodes { __typename id name ... on HiddenEntity { colleague } } } }
				""");
		// rep-e1 -0.9- p-w1 -0.9- p-sh (0.81); rep-e1 -0.5- p-e1 -0.8- p-w1 -0.9- p-sh (0.36);
		// rep-e1 -0.9- p-w1 -0.8- p-e1 -0.3- p-sh (0.216); p-w1 is West's: hidden, the same id on every path
		String hidden = "{\"__typename\":\"HiddenEntity\",\"id\":\"hidden:1\",\"name\":\"Hidden\",\"colleague\":\"Walter West\"}";
		String rep = "{\"__typename\":\"SalesRep\",\"id\":\"rep-e1\",\"name\":\"Ethan East\"}";
		String edward = "{\"__typename\":\"Person\",\"id\":\"p-e1\",\"name\":\"Edward Eastbrook\"}";
		String sam = "{\"__typename\":\"Person\",\"id\":\"p-sh\",\"name\":\"Sam Harbour\"}";
		assertThat(response).contains("\"hops\":2,\"nodes\":[" + rep + "," + hidden + "," + sam + "]")
			.contains("\"hops\":3,\"nodes\":[" + rep + "," + edward + "," + hidden + "," + sam + "]")
			.contains("\"hops\":3,\"nodes\":[" + rep + "," + hidden + "," + edward + "," + sam + "]");
		assertOnly(response, REP_SEES);
	}

	@Test
	void csvReportsHoldTheVisibleAccountsOnly() {
		signInAs(REP);
		String abc = get("/export/abc_analysis.csv");
		assertThat(abc).contains("acc-sh").contains("acc-e1");
		String overdue = get("/export/overdue_accounts.csv");
		String referrals = get("/export/referral_sources.csv");
		for (String csv : List.of(abc, overdue, referrals)) {
			assertThat(csv).doesNotContain("acc-w1", "acc-w2", "Westfield", "Westlake", "acc-e2", "acc-free", "Eastgate",
					"Freeway");
		}
		signInAs(MANAGER);
		assertThat(get("/export/abc_analysis.csv")).contains("acc-e2")
			.contains("acc-free")
			.doesNotContain("acc-w1", "acc-w2", "Westfield", "Westlake");
	}

	/** Every id in the response is one the viewer may see, a shared one or a hidden one; no West name. */
	private static void assertOnly(String response, Set<String> visible) {
		Set<String> ids = new TreeSet<>();
		Matcher m = IDS.matcher(response);
		while (m.find()) {
			ids.add(m.group(2));
		}
		assertThat(ids).as("ids in %s", response)
			.allSatisfy(id -> assertThat(visible.contains(id) || SHARED.contains(id) || id.startsWith("hidden:")
					|| isEnumKey(id)).as(id).isTrue());
		assertThat(response).doesNotContain(WEST_ONLY);
	}

	private static boolean isEnumKey(String key) {
		return key.matches("[A-Z_]+");
	}

	/** The ids of the nodes of a root connection, in order. */
	private static List<String> ids(String response, String connection) {
		int start = response.indexOf("\"" + connection + "\":{\"totalCount\"");
		int end = response.indexOf("\"totalCount\"", start + connection.length() + 20);
		String part = response.substring(start, end < 0 ? response.length() : end);
		Matcher m = Pattern.compile("\\{\"node\":\\{\"id\":\"([^\"]+)\"").matcher(part);
		List<String> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	/** The responses to several documents, one after the other. */
	private String postAll(List<String> documents) {
		StringBuilder responses = new StringBuilder();
		for (String document : documents) {
			responses.append(post(document)).append('\n');
		}
		return responses.toString();
	}

	/** The server, signed in as the user the test signed in as last. */
	private WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders(headers -> headers.setBearerAuth(this.bearer))
			.responseTimeout(Duration.ofMinutes(10))
			.build();
	}

	private String get(String path) {
		return client().get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The answer in English, as the assertions read. */
	private String post(String document) {
		return post(document, "en");
	}

	private String post(String document, String language) {
		return client().post()
			.uri(uri -> uri.path("/graphql").queryParam("lang", language).build())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
