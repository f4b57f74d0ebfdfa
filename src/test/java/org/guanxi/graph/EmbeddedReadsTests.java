package org.guanxi.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The queries of read-only scopes read the database in process ({@link EmbeddedReads}) and get what they would get
 * through Bolt in a READ session: the same rows, with the same types, the same errors, and no write.
 */
class EmbeddedReadsTests {

	private final Neo4jClient bolt = Neo4jClient.create(SingleServerReads.readSessions(TestNeo4j.driver()));

	private final Neo4jClient direct = Neo4jClient
		.create(EmbeddedReads.driver(name -> TestNeo4j.server().databaseManagementService().database(name)));

	@BeforeEach
	void probe() {
		TestNeo4j.run("""
				CREATE (a:ReadsProbe:Extra {id: 'r-1', name: '甲 Alpha', n: 42, x: 1.5, ok: true, tags: ['a', 'b'],
				        nums: [1, 2], day: date('2026-11-23'), at: datetime('2026-11-23T10:00:00+08:00'),
				        local: localdatetime('2026-11-23T10:00'), t: time('10:00+08:00'), lt: localtime('10:00'),
				        d: duration('P1M2DT3.5S'), loc: point({x: 1.0, y: 2.0})})
				       -[:PROBE_TIE {w: 0.5, since: date('2020-01-01')}]->(b:ReadsProbe {id: 'r-2', name: 'B'})""");
	}

	@AfterEach
	void cleanUp() {
		TestNeo4j.run("MATCH (n:ReadsProbe) DETACH DELETE n");
	}

	@Test
	void givesTheRowsTheDriverGives() {
		Map<String, Object> parameters = Map.of("s", "乙", "i", 7, "x", 2.5, "at",
				OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(8)), "day", LocalDate.of(2026, 11, 23),
				"list", List.of("a", 1L), "map", Map.of("all", true, "repIds", List.of("rep-1")));
		List<String> queries = List.of("""
				MATCH (a:ReadsProbe {id: 'r-1'})-[r]->(b)
				RETURN a, r, b, a.tags AS tags, a.nums AS nums, a.day AS day, a.at AS at, a.local AS local, a.t AS t,
				       a.lt AS lt, a.d AS d, a.loc AS loc, a.n AS n, a.x AS x, a.ok AS ok,
				       {node: b, list: [a.n, null, 'x'], nested: {ties: [r]}} AS m, null AS nothing""",
				"MATCH p = (:ReadsProbe {id: 'r-1'})-->() RETURN p, nodes(p) AS ns, relationships(p) AS rs",
				"""
						RETURN $s AS s, $i AS i, $x AS x, $at AS at, $day AS day, $list AS list, $map AS map,
						       $map.repIds[0] AS rep, $at + duration('P1D') AS later""",
				"MATCH (n:ReadsProbe {id: 'none'}) RETURN n",
				"MATCH (n:ReadsProbe) RETURN n.id AS id ORDER BY id");
		for (String query : queries) {
			List<Object> viaBolt = canonical(this.bolt.query(query).bindAll(parameters).fetch().all());
			List<Object> read = canonical(this.direct.query(query).bindAll(parameters).fetch().all());
			assertThat(read).as(query).isEqualTo(viaBolt);
		}
		// and they are the values stored, not two empty results
		Map<String, Object> row = this.direct.query(queries.get(0)).fetch().one().orElseThrow();
		assertThat(((Node) row.get("a")).get("name").asString()).isEqualTo("甲 Alpha");
		assertThat(row.get("tags")).isEqualTo(List.of("a", "b"));
		assertThat(row.get("day")).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(((Relationship) row.get("r")).get("w").asDouble()).isEqualTo(0.5);
		Map<String, Object> given = this.direct.query(queries.get(2)).bindAll(parameters).fetch().one().orElseThrow();
		assertThat(given).containsEntry("s", "乙").containsEntry("i", 7L).containsEntry("rep", "rep-1");
		assertThat(this.direct.query(queries.get(4)).fetch().all()).extracting(r -> r.get("id"))
			.containsExactly("r-1", "r-2");
	}

	@Test
	void refusesAQueryThatWouldWriteAsAReadSessionDoes() {
		String write = "MATCH (a:ReadsProbe {id: 'r-1'}) SET a.name = 'changed' RETURN a.name AS name";
		Throwable viaBolt = catchThrowable(() -> this.bolt.query(write).fetch().all());
		Throwable read = catchThrowable(() -> this.direct.query(write).fetch().all());
		assertThat(cause(viaBolt)).isInstanceOf(ClientException.class);
		assertThat(cause(read)).isInstanceOf(ClientException.class)
			.hasMessageContaining("Writing in read access mode not allowed");
		assertThat(((Neo4jException) cause(read)).code()).isEqualTo(((Neo4jException) cause(viaBolt)).code())
			.isEqualTo("Neo.ClientError.Statement.AccessMode");
		assertThat(TestNeo4j.count("MATCH (a:ReadsProbe {id: 'r-1'}) WHERE a.name = '甲 Alpha' RETURN count(a)"))
			.isEqualTo(1);
	}

	@Test
	void reportsErrorsWithTheCodesOfTheDriver() {
		for (String query : List.of("RETURN 1 / 0 AS x", "MATCH (n) RETURN m", "RETURN toInteger([1]) AS x")) {
			Neo4jException viaBolt = (Neo4jException) cause(catchThrowable(() -> this.bolt.query(query).fetch().all()));
			Neo4jException read = (Neo4jException) cause(catchThrowable(() -> this.direct.query(query).fetch().all()));
			assertThat(read.code()).as(query).isEqualTo(viaBolt.code()).startsWith("Neo.ClientError.");
			assertThat(read.getClass()).as(query).isEqualTo(viaBolt.getClass());
		}
	}

	@Test
	void reportsATransactionStoppedAtItsTimeoutAsTheDriverDoes() {
		GraphDatabaseAPI database = (GraphDatabaseAPI) TestNeo4j.server().defaultDatabaseService();
		RuntimeException stopped;
		try (InternalTransaction tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT,
				LoginContext.AUTH_DISABLED, ClientConnectionInfo.EMBEDDED_CONNECTION, 100, TimeUnit.MILLISECONDS)) {
			stopped = (RuntimeException) catchThrowable(() -> {
				try (var result = tx.execute("UNWIND range(1, 1000000000) AS x RETURN sum(x) AS s")) {
					result.next();
				}
			});
		}
		catch (RuntimeException closing) {
			stopped = closing;
		}
		RuntimeException translated = EmbeddedReads.translated(stopped);
		// what DatabaseTimeouts reports as the request's time limit
		assertThat(translated).isInstanceOf(Neo4jException.class);
		assertThat(((Neo4jException) translated).code()).contains("TransactionTimedOut");
	}

	/** The driver's exception behind Spring's translation of it. */
	private static Throwable cause(Throwable thrown) {
		assertThat(thrown).isNotNull();
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException) {
				return t;
			}
		}
		return thrown;
	}

	/** Rows as comparable values: entities by element id, labels or type, ends and properties; types kept. */
	private static List<Object> canonical(Collection<Map<String, Object>> rows) {
		List<Object> out = new ArrayList<>();
		rows.forEach(row -> out.add(canonical((Object) row)));
		return out;
	}

	private static Object canonical(Object value) {
		if (value instanceof Node n) {
			List<String> labels = new ArrayList<>();
			n.labels().forEach(labels::add);
			labels.sort(null);
			return List.of("node", n.elementId(), labels, canonical(n.asMap()));
		}
		if (value instanceof Relationship r) {
			return List.of("relationship", r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(),
					canonical(r.asMap()));
		}
		if (value instanceof Path p) {
			List<Object> parts = new ArrayList<>();
			p.nodes().forEach(n -> parts.add(canonical(n)));
			p.relationships().forEach(r -> parts.add(canonical(r)));
			return List.of("path", parts);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put((String) k, canonical(v)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>();
			list.forEach(item -> items.add(canonical(item)));
			return items;
		}
		return value == null ? "null" : value.getClass().getName() + ":" + value;
	}

}
