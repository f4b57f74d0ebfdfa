package org.guanxi.bulk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export is a backup: a generated book, worked on through GraphQL (assessments, class history, time passing),
 * exported and imported into an empty database answers every analytic exactly as before, and holds the same audit
 * trail.
 */
// the comparison asks for every analytic of many accounts in one document, over the default root-field limit
@TestPropertySource(properties = { "guanxi.graphql.max-root-fields=1000", "guanxi.graphql.max-aliases=1000" })
class BackupRoundTripTests extends GraphQlTestBase {

	private static final String PERSON = "id name relationship { classification organisationInterestMet "
			+ "personalInterestMet derived evidence since road nextStep history { from to at cause } "
			+ "assessment { organisationInterestMet personalInterestMet note at recordedAt } "
			+ "assessments { note at recordedAt clearedAt } }";

	@Autowired
	BulkImporter importer;

	@Autowired
	BulkExporter exporter;

	@Test
	void exportIntoAFolderAndImportIntoAnEmptyDatabaseReproducesEveryAnalytic(@TempDir Path tmp) throws Exception {
		TestNeo4j.run("MATCH (e:AuditEntry) DETACH DELETE e");
		new BookGenerator(BookOptions.of(15, 42, LocalDate.parse("2026-11-23"))).writeTo(tmp.resolve("book"));
		assertThat(this.importer.importFolder(tmp.resolve("book"), ImportOptions.DEFAULT, ImportListener.NONE).errors())
			.isEmpty();
		for (String kind : List.of("Account", "Person", "SalesRep", "Organization", "Channel", "Interaction", "Deal")) {
			assertThat(TestNeo4j.count("MATCH (n:" + kind + ") RETURN count(n)")).as(kind).isPositive();
		}
		for (String tie : List.of("WORKS_AT", "REPORTS_TO", "INFLUENCES", "KNOWS", "OWNS", "REFERRED", "LOGGED", "WITH",
				"FOR")) {
			assertThat(TestNeo4j.count("MATCH ()-[r:" + tie + "]->() RETURN count(r)")).as(tie).isPositive();
		}
		List<String> people = ids("{ people(first: 100) { edges { node { id } } } }", "people.edges[*].node.id");
		assess(people.get(0), "true", "null", "met their GM at the fair");
		assess(people.get(1), "null", "true", "plays golf with our GM");
		assess(people.get(2), "false", "false", "lost the tender");
		this.graphQl.document("mutation { clearAssessment(personId: \"" + people.get(2) + "\") { id } }").execute();
		// Months pass: evidence ages out, partly recorded by a write, partly only shown by reads.
		this.clock.advance(Duration.ofDays(120));
		this.graphQl.document("mutation { recordInteraction(input: {repId: \"" + reps().get(0) + "\", personId: \""
				+ people.get(3) + "\", kind: MEAL, outcome: POSITIVE}) { id } }").execute();
		this.clock.advance(Duration.ofDays(100));
		// recorded with an id holding the list separator and the escape character of the CSV file
		this.graphQl.document("mutation { clearAssessment(personId: \"no;such\\\\person\") { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).hasSize(1));

		Map<String, Object> before = analytics();
		List<Map> trail = auditTrail();
		before.put("audit trail", trail);
		assertThat(trail).extracting(e -> e.get("operation"))
			.containsExactlyInAnyOrder("assessRelationship", "assessRelationship", "assessRelationship",
					"clearAssessment", "recordInteraction", "clearAssessment");
		assertThat(trail.get(0)).containsEntry("operation", "clearAssessment").containsEntry("ids", List.of("no;such\\person"));
		this.exporter.exportFolder(tmp.resolve("backup"));
		assertThat(Files.readAllLines(tmp.resolve("backup/assessments.csv"))).hasSize(4);
		assertThat(Files.readAllLines(tmp.resolve("backup/relationship_history.csv")).size()).isGreaterThan(10);
		// one line per entry after the header; lists separated by ';', a ';' or '\' in a text escaped with '\'
		assertThat(Files.readAllLines(tmp.resolve("backup/audit_trail.csv"))).hasSize(trail.size() + 1)
			.anyMatch(line -> line.contains(",clearAssessment,no\\;such\\\\person,"));
		TestNeo4j.cleanBook();
		TestNeo4j.run("MATCH (e:AuditEntry) DETACH DELETE e");
		assertThat(TestNeo4j.count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken) RETURN count(n)")).isZero();
		assertThat(this.importer.importFolder(tmp.resolve("backup"), ImportOptions.DEFAULT, ImportListener.NONE)
			.errors()).isEmpty();
		Map<String, Object> after = analytics();
		after.put("audit trail", auditTrail());
		before.forEach((name, value) -> assertThat(after.get(name)).as(name).isEqualTo(value));
	}

	private List<Map> auditTrail() {
		var page = this.graphQl.document("{ auditLog(first: 100) { totalCount pageInfo { hasNextPage } "
				+ "edges { node { id at username operation ids fields outcome address } } } }").execute();
		assertThat(page.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).get()).isFalse();
		return page.path("auditLog.edges[*].node").entityList(Map.class).get();
	}

	private void assess(String personId, String organisation, String personal, String note) {
		this.graphQl.document("mutation { assessRelationship(input: {personId: \"" + personId
				+ "\", organisationInterestMet: " + organisation + ", personalInterestMet: " + personal + ", note: \""
				+ note + "\"}) { id } }").execute();
	}

	private List<String> reps() {
		return ids("{ salesReps { id } }", "salesReps[*].id");
	}

	private List<String> ids(String document, String path) {
		return this.graphQl.document(document).execute().path(path).entityList(String.class).get();
	}

	/** Every analytic, by name: per account, per source, per person, and for the whole book. */
	private Map<String, Object> analytics() {
		Map<String, Object> results = new LinkedHashMap<>();
		List<String> accounts = ids("{ accounts(first: 100) { edges { node { id } } } }", "accounts.edges[*].node.id");
		StringBuilder perAccount = new StringBuilder("{");
		for (int i = 0; i < accounts.size(); i++) {
			perAccount.append("""
					c%2$d: decisionChain(accountId: "%1$s") {
					    roles { role people { id } } members { person { id } relationship } insiders { id }
					    insiderCandidates { person { id } score reasons }
					    reportingTree { person { id } depth managerId directReports } coverage { wide high deep gaps } }
					  i%2$d: influenceRanking(accountId: "%1$s", limit: 100) { rank score person { id }
					    explanation { ownWeightShare sources { person { id } share } } }
					  r%2$d: referralChain(accountId: "%1$s") { depth root { id } nodes { id } links { from { id } to { id } at note } }
					  m%2$d: relationshipMix(accountId: "%1$s") { classification count }
					  a%2$d: account(id: "%1$s") { abcClass suggestedOpportunityTier revenue
					    suggestedRelationshipLevel { level reason } }
					""".formatted(accounts.get(i), i));
		}
		results.put("accounts", answer(perAccount.append("}").toString()));
		List<String> sources = ids("{ topReferrers(first: 100) { source { id } } }", "topReferrers[*].source.id");
		StringBuilder perSource = new StringBuilder("{");
		for (int i = 0; i < sources.size(); i++) {
			perSource.append("""
					t%2$d: referralTree(sourceId: "%1$s") { directReferrals totalReferrals directRevenue indirectRevenue
					    totalRevenue nodes { node { id } depth referredBy revenue } }
					""".formatted(sources.get(i), i));
		}
		results.put("trees", answer(perSource.append("}").toString()));
		String after = null;
		do {
			var page = this.graphQl.document("query($after: String) { relationships(first: 100, after: $after) { "
					+ "edges { node { " + PERSON + " } } pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			results.put("relationships after " + after, page.path("relationships.edges").entityList(Map.class).get());
			after = page.path("relationships.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("relationships.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		results.put("book", answer("""
				{ abcAnalysis { totalRevenue entries { account { id } revenue share cumulativeShare abcClass }
				    summary { abcClass accounts accountShare revenue revenueShare targetAccountShare } }
				  overdueAccounts { account { id } abcClass lastVisitAt daysSinceLastVisit allowedDays overdueDays }
				  followUpsDue { account { id } reason dueAt deadline firstContactAt overdue deal { id } }
				  byRep: funnel(groupBy: REP) { total stages { stage accounts reached } conversions { from to rate } winRate groups { key total winRate stages { stage accounts } } }
				  bySource: funnel(groupBy: LEAD_SOURCE) { total stages { stage accounts reached } conversions { from to rate } winRate groups { key total winRate stages { stage accounts } } }
				  sources: referralSourceReport(groupBy: SOURCE, first: 1000) { key kind leads converted conversionRate revenue avgDaysToClose }
				  kinds: referralSourceReport(groupBy: KIND) { key kind leads converted conversionRate revenue avgDaysToClose }
				  topReferrers(first: 100) { source { id } kind directReferrals totalReferrals directRevenue indirectRevenue }
				  relationshipMix { classification count }
				  relationshipChanges(from: "2020-01-01", to: "2030-12-31") { person { id } from to at cause } }"""));
		return results;
	}

	private Object answer(String document) {
		var response = this.graphQl.document(document).execute();
		response.errors().verify();
		return response.returnResponse().getData();
	}

}
