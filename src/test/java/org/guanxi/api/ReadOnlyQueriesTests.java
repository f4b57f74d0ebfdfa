package org.guanxi.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads never write: every root Query field, with its nested fields (relationships and their history among
 * them), runs only in read transactions. The test watches the access mode of every driver session the service
 * opens while a query runs, and the queries it runs: those of read-only scopes read the database in process, in
 * read transactions (EmbeddedReadsTests), and a query run outside a read-only transaction opens a WRITE session.
 * The corpus must name every root field the schema has, so a new query field cannot slip past.
 */
@Import(ReadOnlyQueriesTests.SessionModes.class)
// every field reads the database itself: no whole-book result kept from the field before
@TestPropertySource(properties = "guanxi.book-results.max-entries=0")
class ReadOnlyQueriesTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	private static final List<AccessMode> MODES = java.util.Collections.synchronizedList(new ArrayList<>());

	private static final Map<String, String> CORPUS = new LinkedHashMap<>();

	/**
	 * Root fields answered without the database: {@code me} is the signed-in caller, whom the sign-in cache knows
	 * after the first request.
	 */
	private static final java.util.Set<String> NO_DATABASE = java.util.Set.of("teamSettings", "labels", "me");

	static {
		String person = "id name account { id name abcClass } relationship { classification since evidence nextStep "
				+ "history { from to at cause } } interactions { id } knows { other { id } } referredBy { at }";
		CORPUS.put("account", "{ account(id: \"acc-gamma\") { id people { " + person + " } deals { id } owners { id } "
				+ "revenue abcClass suggestedOpportunityTier suggestedRelationshipLevel { level } referred { at } } }");
		CORPUS.put("accounts", "{ accounts(first: 10) { totalCount edges { node { id people { " + person + " } } } } }");
		CORPUS.put("person", "{ person(id: \"p-zhao\") { " + person + " influenceScore } }");
		CORPUS.put("people", "{ people(first: 10) { totalCount edges { node { " + person + " } } } }");
		CORPUS.put("salesRep", "{ salesRep(id: \"rep-1\") { id accounts { id } knows { other { id } } } }");
		CORPUS.put("salesReps", "{ salesReps { id name } }");
		CORPUS.put("referralSource", "{ referralSource(id: \"acc-gamma\") { id name } }");
		CORPUS.put("organizations", "{ organizations { id } }");
		CORPUS.put("channels", "{ channels { id } }");
		CORPUS.put("interactions", "{ interactions(first: 5) { totalCount edges { node { id person { " + person
				+ " } } } } }");
		CORPUS.put("deals", "{ deals(first: 5) { totalCount edges { node { id account { id } } } } }");
		CORPUS.put("decisionChain", "{ decisionChain(accountId: \"acc-gamma\") { members { relationship } "
				+ "coverage { wide high deep gaps } } }");
		CORPUS.put("influenceRanking", "{ influenceRanking(accountId: \"acc-gamma\") { rank score } }");
		CORPUS.put("warmIntroPaths", "{ warmIntroPaths(fromRepId: \"rep-1\", toPersonId: \"p-qian\") { hops } }");
		CORPUS.put("relationships", "{ relationships(first: 10) { totalCount edges { node { " + person + " } } } }");
		CORPUS.put("relationshipMix", "{ relationshipMix { classification count } }");
		CORPUS.put("relationshipChanges",
				"{ relationshipChanges(from: \"2026-01-01\", to: \"2028-12-31\") { from to at cause } }");
		CORPUS.put("referralChain", "{ referralChain(accountId: \"acc-gamma\") { depth } }");
		CORPUS.put("personReferralChain", "{ personReferralChain(personId: \"p-zhao\") { depth } }");
		CORPUS.put("referralTree", "{ referralTree(sourceId: \"acc-gamma\") { totalReferrals } }");
		CORPUS.put("referralSourceReport", "{ referralSourceReport { key leads } }");
		CORPUS.put("topReferrers", "{ topReferrers { totalRevenue } }");
		CORPUS.put("referralAskList", "{ referralAskList { reasons } }");
		CORPUS.put("abcAnalysis", "{ abcAnalysis { totalRevenue entries { abcClass } } }");
		CORPUS.put("visitPlan", "{ visitPlan(month: \"2027-06\") { visitsDone } }");
		CORPUS.put("overdueAccounts", "{ overdueAccounts { allowedDays } }");
		CORPUS.put("followUpsDue", "{ followUpsDue { reason } }");
		CORPUS.put("visitPlanCount", "{ visitPlanCount(month: \"2027-06\") }");
		CORPUS.put("overdueAccountCount", "{ overdueAccountCount }");
		CORPUS.put("followUpsDueCount", "{ followUpsDueCount }");
		CORPUS.put("funnel", "{ funnel(groupBy: LEAD_SOURCE) { total } }");
		CORPUS.put("teamSettings", "{ teamSettings { timeZone currency today } }");
		CORPUS.put("labels", "{ labels(type: \"RelationshipClass\") { value label } }");
		CORPUS.put("me", "{ me { username role } }");
		CORPUS.put("users", "{ users { username role } }");
		CORPUS.put("apiTokens", "{ apiTokens { id name } }");
		CORPUS.put("auditLog", "{ auditLog(first: 5) { totalCount } }");
	}

	@Test
	void everyRootQueryFieldRunsInReadTransactionsOnly() throws Exception {
		List<String> rootFields = this.graphQl.document("{ __schema { queryType { fields { name } } } }")
			.execute()
			.path("__schema.queryType.fields[*].name")
			.entityList(String.class)
			.get();
		assertThat(CORPUS.keySet()).as("a query for every root field").containsAll(rootFields);

		TestNeo4j.load("fixtures/relationships.cypher");
		for (String day : List.of("2026-11-20", "2026-11-21")) {
			this.graphQl.document("mutation { recordInteraction(input: {repId: \"rep-1\", personId: \"p-zheng\", "
					+ "kind: MEAL, outcome: POSITIVE, at: \"" + day + "T19:00:00+08:00\"}) { id } }").execute();
		}
		// Half a year on, evidence has aged out that no write and no daily job has recorded yet: the reads show
		// it without writing it.
		this.clock.advance(Duration.ofDays(200));
		Map<String, List<AccessMode>> modes = new LinkedHashMap<>();
		Map<String, List<String>> queries = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : CORPUS.entrySet()) {
			MODES.clear();
			List<String> run = java.util.Collections.synchronizedList(new ArrayList<>());
			try (AutoCloseable listening = this.cypher.listen((name, parameters) -> run.add(name))) {
				this.graphQl.document(field.getValue()).execute();
			}
			modes.put(field.getKey(), List.copyOf(MODES));
			queries.put(field.getKey(), List.copyOf(run));
		}
		// the queries of read-only scopes read the test database directly, as with the embedded one, in read
		// transactions; anything run outside such a scope goes through the driver in a WRITE session
		modes.forEach((field, used) -> assertThat(used).as("sessions opened by %s", field)
			.doesNotContain(AccessMode.WRITE));
		assertThat(queries).allSatisfy((field, run) -> {
			if (!NO_DATABASE.contains(field)) {
				assertThat(run).as("queries run by %s", field).isNotEmpty();
			}
		});
		this.graphQl.document("{ person(id: \"p-zheng\") { relationship { classification history { to at cause } } } }")
			.execute()
			.path("person.relationship.classification")
			.entity(String.class)
			.isEqualTo("OUTSIDER")
			.path("person.relationship.history[*].to")
			.entityList(String.class)
			.containsExactly("FRIEND", "OUTSIDER")
			.path("person.relationship.history[1].at")
			.entity(String.class)
			.isEqualTo("2027-05-19T19:00+08:00");
		assertThat(TestNeo4j.count("MATCH (c:RelationshipChange) WHERE c.cause STARTS WITH 'evidence aged out' "
				+ "RETURN count(c)")).isZero();
	}

	/** Wraps the application's driver so that the access mode of every session it opens is seen. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SessionModes {

		@Bean
		static BeanPostProcessor sessionModes() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof Driver driver)) {
						return bean;
					}
					return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
							(proxy, method, args) -> {
								if (method.getName().equals("session")) {
									MODES.add(mode(args));
								}
								try {
									return method.invoke(driver, args);
								}
								catch (InvocationTargetException ex) {
									throw ex.getCause();
								}
							});
				}
			};
		}

		private static AccessMode mode(Object[] args) {
			if (args != null) {
				for (Object arg : args) {
					if (arg instanceof SessionConfig config) {
						return config.defaultAccessMode();
					}
				}
			}
			return AccessMode.WRITE;
		}

	}

}
