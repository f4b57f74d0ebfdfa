package org.guanxi.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guanxi.graph.VisibilityPredicate;
import org.junit.jupiter.api.Test;

import static org.guanxi.graph.VisibilityPredicate.ACCOUNT_VISIBLE;
import static org.guanxi.graph.VisibilityPredicate.ACCOUNT_VISIBLE_OWNED;
import static org.guanxi.graph.VisibilityPredicate.OWNED_BY_VISIBLE_REPS;
import static org.guanxi.graph.VisibilityPredicate.THROUGH_ACCOUNT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visibility is one rule in one place: every query that touches accounts or what hangs on them (people, deals,
 * interactions, assessments, history) takes {@code $visibility} and tests it with the one predicate, spelled the
 * same everywhere; the few queries that may not are listed here with the reason.
 */
class CypherVisibilityTests {

	private static final Path CYPHER = Path.of("cypher");

	/** Labels whose nodes are visible only when their account is. */
	private static final Pattern TOUCHES = Pattern
		.compile(":\\s*(Account|Person|Deal|Interaction|RelationshipAssessment|RelationshipChange)\\b");

	private static final Map<String, String> ALLOWED = Map.ofEntries(
			Map.entry("schema/", "constraints and indexes"),
			Map.entry("demo/", "loads the demo book into an empty database at first start"),
			Map.entry("bulk/", "import and export of whole book files: ADMIN only"),
			Map.entry("relationship/recordChanges", "appends history for classes the application has just computed"),
			Map.entry("relationship/describeDeal",
					"describes a class change's cause for the application's own bookkeeping after a permitted write"),
			Map.entry("relationship/describeInteraction",
					"describes a class change's cause for the application's own bookkeeping after a permitted write"),
			Map.entry("stakeholder/reportingChain",
					"cycle check of linkReportsTo, whose two people (of one account) were checked visible before"),
			Map.entry("team/introNeighbours",
					"walks KNOWS ties through everyone so that introduction paths keep their shape; only keys leave it,"
							+ " and introNodes hides the people the user may not see"),
			Map.entry("team/dependents", "counts what deleting a sales rep takes with it; no account data"),
			Map.entry("account/lock", "write lock taken before a write's checks, which are filtered; returns nothing"),
			Map.entry("stakeholder/lock", "write lock taken before a write's checks, which are filtered; returns nothing"),
			Map.entry("relationship/lock", "write locks on people whose classes a permitted write records"),
			Map.entry("graph/personIds", "records the classes of the demo book loaded at first start"),
			Map.entry("relationship/timeline",
					"evidence timelines of people given by ids that visibility-filtered queries or a permitted write found"),
			Map.entry("relationship/recordTimeline", "appends the history a permitted write brings about"),
			Map.entry("tiering/wonRevenue",
					"whole-book revenue by account, of which AbcService keeps the accounts of tiering/accounts (the"
							+ " visible ones) only"),
			Map.entry("referral/sourcesConcerned",
					"the sources and accounts whose rows of the referral reports a change to accounts given by ids may"
							+ " change, to keep the other rows; returns element ids, the rows are read again with $visibility"),
			Map.entry("referral/targetsConcerned",
					"the referred accounts whose rows of the referral-source report a change to accounts given by ids"
							+ " may change, to keep the other rows; returns account ids, the rows are read again with"
							+ " $visibility"),
			Map.entry("tiering/latestWon",
					"whole-book latest won deal by account, of which FollowUpService keeps the accounts of"
							+ " tiering/followUpFacts (the visible ones) only"),
			Map.entry("tiering/accountsWonRevenue",
					"revenue of accounts given by ids, of which AbcService keeps the accounts of tiering/accounts (the"
							+ " visible ones) only"),
			Map.entry("tiering/lastVisits",
					"whole-book last visits by account, of which VisitService.overdue keeps the accounts of the ABC"
							+ " analysis (the visible ones) only"),
			Map.entry("tiering/funnelOwners",
					"whole-book owners by account, of which FunnelService keeps the accounts of tiering/funnelAccounts"
							+ " (the visible ones) only"),
			Map.entry("tiering/funnelSources",
					"whole-book lead sources by account, of which FunnelService keeps the accounts of"
							+ " tiering/funnelAccounts (the visible ones) only"));

	@Test
	void everyQueryTouchingAccountsTakesVisibility() {
		List<String> missing = new ArrayList<>();
		for (Path file : queries()) {
			String name = name(file);
			if (touches(file) && !allowed(name) && !query(file).contains("$visibility")) {
				missing.add(name);
			}
		}
		assertThat(missing).as("queries touching accounts without $visibility (add the predicate)").isEmpty();
	}

	@Test
	void visibilityIsTheOnePredicateEverywhere() {
		// each use of the predicate, in any of its forms, is true for a user who sees every account: what is left of
		// a query then may use neither $visibility, nor the accounts of the visible reps, nor their owners
		List<String> odd = new ArrayList<>();
		for (Path file : queries()) {
			String rest = VisibilityPredicate.seeingAll(query(file));
			if (rest.contains("$visibility") || rest.contains("IN visibleOwned") || rest.contains("visibleOwner")) {
				odd.add(name(file) + ": " + excerpt(rest));
			}
		}
		assertThat(odd).as("$visibility used other than through the visibility predicate").isEmpty();
		String followUps = VisibilityPredicate.seeingAll(query(CYPHER.resolve("tiering/followUpFacts.cypher")));
		assertThat(followUps).as("the rep's own filter stays").contains("EXISTS { (:SalesRep {id: $repId})-[:OWNS]->(a) }");
	}

	@Test
	void theAllowListNamesQueriesThatExist() {
		List<String> names = queries().stream().map(CypherVisibilityTests::name).toList();
		assertThat(ALLOWED.keySet()).allSatisfy(prefix -> assertThat(names).anyMatch(n -> n.startsWith(prefix)));
	}

	@Test
	void theCheckSeesWhatItChecks() {
		assertThat(TOUCHES.matcher("MATCH (a:Account {id: $id})").find()).isTrue();
		assertThat(TOUCHES.matcher("MATCH (r:SalesRep)-[:OWNS]->(x)").find()).isFalse();
		Matcher accounts = ACCOUNT_VISIBLE.matcher(query(CYPHER.resolve("account/byIds.cypher")));
		assertThat(accounts.find()).isTrue();
		assertThat(accounts.group(1)).isEqualTo("a");
		String wholeBook = query(CYPHER.resolve("tiering/accounts.cypher"));
		assertThat(wholeBook).contains(OWNED_BY_VISIBLE_REPS);
		assertThat(ACCOUNT_VISIBLE_OWNED.matcher(wholeBook).find()).isTrue();
		String people = ACCOUNT_VISIBLE.matcher(query(CYPHER.resolve("relationship/view.cypher")))
			.replaceAll(VisibilityPredicate.ACCOUNT_VISIBLE_NAMED);
		assertThat(THROUGH_ACCOUNT.matcher(people).find()).isTrue();
	}

	private static boolean allowed(String name) {
		return ALLOWED.keySet().stream().anyMatch(name::startsWith);
	}

	private static boolean touches(Path file) {
		return TOUCHES.matcher(query(file)).find();
	}

	private static String name(Path file) {
		String relative = CYPHER.relativize(file).toString().replace('\\', '/');
		return relative.substring(0, relative.length() - ".cypher".length());
	}

	/** The query without its comment lines. */
	private static String query(Path file) {
		try {
			return Files.readAllLines(file).stream().filter(line -> !line.strip().startsWith("//")).reduce("",
					(a, b) -> a + b + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String excerpt(String text) {
		int at = text.indexOf("$visibility");
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 80)).replace('\n', ' ');
	}

	private static List<Path> queries() {
		try (Stream<Path> files = Files.walk(CYPHER)) {
			return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
