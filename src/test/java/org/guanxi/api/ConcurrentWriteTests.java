package org.guanxi.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.RawGraphQl;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pairs of writes whose rules each would break together, sent at the same moment from two threads many times:
 * the graph never ends up with a reporting cycle, two managers, a referral loop, or a person deleted while a
 * tie to them was being written.
 */
class ConcurrentWriteTests extends GraphQlTestBase {

	private static final int ROUNDS = 15;

	@LocalServerPort
	private int port;

	private RawGraphQl raw;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	void book() {
		this.raw = new RawGraphQl(this.port, this.token);
		TestNeo4j.run("CREATE (a:Account {id: 'acc', name: 'Acc', lifecycle: 'POTENTIAL', signed: false, vip: false}),"
				+ " (b:Account {id: 'acc-b', name: 'B', lifecycle: 'POTENTIAL', signed: false, vip: false}),"
				+ " (:Person {id: 'p1', name: 'One', level: 1, decisionWeight: 0.0, buyingRoles: [], insider: false})-[:WORKS_AT]->(a),"
				+ " (:Person {id: 'p2', name: 'Two', level: 2, decisionWeight: 0.0, buyingRoles: [], insider: false})-[:WORKS_AT]->(a),"
				+ " (:Person {id: 'p3', name: 'Three', level: 2, decisionWeight: 0.0, buyingRoles: [], insider: false})-[:WORKS_AT]->(a),"
				+ " (:SalesRep {id: 'rep', name: 'Rep'})");
	}

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	private void together(String first, String second) {
		CompletableFuture<RawGraphQl.Answer> a = CompletableFuture.supplyAsync(() -> this.raw.post(first), this.threads);
		CompletableFuture<RawGraphQl.Answer> b = CompletableFuture.supplyAsync(() -> this.raw.post(second), this.threads);
		List<String> classifications = new ArrayList<>(a.join().classifications());
		classifications.addAll(b.join().classifications());
		assertThat(classifications).doesNotContain("INTERNAL_ERROR");
	}

	@Test
	void twoOppositeReportingLinesNeverMakeACycleNorTwoManagers() {
		for (int i = 0; i < ROUNDS; i++) {
			TestNeo4j.run("MATCH ()-[r:REPORTS_TO]->() DELETE r");
			together("mutation { linkReportsTo(input: {personId: \"p1\", managerId: \"p2\"}) { id } }",
					"mutation { linkReportsTo(input: {personId: \"p2\", managerId: \"p1\"}) { id } }");
			assertThat(TestNeo4j.count("MATCH (a:Person)-[:REPORTS_TO]->(b:Person)-[:REPORTS_TO]->(a) RETURN count(*)"))
				.isZero();
			together("mutation { linkReportsTo(input: {personId: \"p3\", managerId: \"p1\"}) { id } }",
					"mutation { linkReportsTo(input: {personId: \"p3\", managerId: \"p2\"}) { id } }");
			assertThat(TestNeo4j.count("MATCH (:Person {id: 'p3'})-[r:REPORTS_TO]->() RETURN count(r)")).isEqualTo(1);
		}
	}

	@Test
	void twoOppositeReferralsNeverMakeALoop() {
		for (int i = 0; i < ROUNDS; i++) {
			TestNeo4j.run("MATCH ()-[r:REFERRED]->() DELETE r");
			together("mutation { recordReferral(input: {sourceId: \"acc\", targetId: \"acc-b\"}) { at } }",
					"mutation { recordReferral(input: {sourceId: \"acc-b\", targetId: \"acc\"}) { at } }");
			assertThat(TestNeo4j.count("MATCH (a)-[:REFERRED]->(b)-[:REFERRED]->(a) RETURN count(*)")).isZero();
		}
	}

	@Test
	void aPersonIsNeverDeletedWhileAnInteractionWithThemIsRecorded() {
		for (int i = 0; i < ROUNDS; i++) {
			String id = "px-" + i;
			TestNeo4j.run("MATCH (a:Account {id: 'acc'}) CREATE (:Person {id: $id, name: 'X', level: 3, decisionWeight: 0.0,"
					+ " buyingRoles: [], insider: false})-[:WORKS_AT]->(a)", Map.of("id", id));
			together("mutation { deletePerson(id: \"" + id + "\") { id } }",
					"mutation { recordInteraction(input: {repId: \"rep\", personId: \"" + id + "\", kind: CALL}) { id } }");
			long person = TestNeo4j.count("MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", id));
			long orphans = TestNeo4j.count("MATCH (i:Interaction) WHERE NOT (i)-[:WITH]->(:Person) RETURN count(i)");
			assertThat(orphans).as("interactions left without their person").isZero();
			if (person == 0) {
				assertThat(TestNeo4j.count("MATCH (i:Interaction)-[:WITH]->(:Person {id: $id}) RETURN count(i)",
						Map.of("id", id))).isZero();
			}
		}
	}

}
