package org.guanxi.graph;

import java.lang.reflect.Proxy;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.summary.InternalDatabaseInfo;
import org.neo4j.driver.internal.summary.InternalResultSummary;
import org.neo4j.driver.internal.summary.InternalSummaryCounters;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AbstractSecurityLog;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.AuthSubject;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.database.PrivilegeDatabaseReference;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.DurationValue;

/**
 * The queries of read-only scopes ({@link SingleServerReads}) run in the embedded database itself instead of
 * through its Bolt connector: a {@link Driver} for Spring Data Neo4j's client whose sessions run each query in a
 * read transaction of its own in the embedded database (auto-commit, as a READ session does: a query that would
 * write is refused) and give its rows, and its errors, as the driver gives them. The same queries, the same
 * transactions, the same results, without a round trip through the network stack for each query (most of the time
 * of a small query; see docs/benchmarks.md). Writes, and reads inside a write, keep going through the driver.
 */
final class EmbeddedReads {

	/** The embedded DBMS without authentication, reading only. */
	private static final LoginContext READ = new LoginContext(AuthSubject.AUTH_DISABLED,
			ClientConnectionInfo.EMBEDDED_CONNECTION) {

		@Override
		public SecurityContext authorize(IdLookup idLookup, PrivilegeDatabaseReference database,
				AbstractSecurityLog log) {
			return LoginContext.AUTH_DISABLED.authorize(idLookup, database, log).withMode(AccessMode.Static.READ);
		}

	};

	private static final String DEFAULT_DATABASE = "neo4j";

	private static final String FORBIDDEN = "Neo.ClientError.Security.Forbidden";

	/** The code of a write refused in a READ session. */
	private static final String ACCESS_MODE = "Neo.ClientError.Statement.AccessMode";

	/** What {@link #only}'s answers give for a method they do not answer. */
	private static final Object REFUSED = new Object();

	private EmbeddedReads() {
	}

	/**
	 * A driver whose sessions run their queries in the database {@code databases} gives by name. Sessions run
	 * queries (auto-commit) and close; anything else is refused.
	 */
	static Driver driver(Function<String, GraphDatabaseService> databases) {
		return only(Driver.class, "embedded reads", (method, args) -> switch (method) {
			case "session" -> session(databases.apply(database(args)));
			case "close" -> null;
			default -> REFUSED;
		});
	}

	private static String database(Object[] args) {
		if (args != null) {
			for (Object arg : args) {
				if (arg instanceof SessionConfig config) {
					return config.database().orElse(DEFAULT_DATABASE);
				}
			}
		}
		return DEFAULT_DATABASE;
	}

	private static Session session(GraphDatabaseService database) {
		return only(Session.class, "embedded read session", (method, args) -> switch (method) {
			case "run" -> run(database, args[0], args.length > 1 ? args[1] : null);
			case "lastBookmarks" -> Set.of();
			case "isOpen" -> true;
			case "close" -> null;
			default -> REFUSED;
		});
	}

	/**
	 * An implementation of {@code type} whose methods {@code answers} answers by name (identity for equals and
	 * hashCode); a method it gives {@link #REFUSED} for is refused.
	 */
	private static <T> T only(Class<T> type, String name, BiFunction<String, Object[], Object> answers) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> switch (method.getName()) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "toString" -> name;
					default -> {
						Object answer = answers.apply(method.getName(), args);
						if (answer == REFUSED) {
							throw new UnsupportedOperationException(
									method.getName() + " is not available for the queries of read-only scopes");
						}
						yield answer;
					}
				}));
	}

	@SuppressWarnings("unchecked")
	private static Result run(GraphDatabaseService database, Object query, Object parameters) {
		String text;
		Map<String, Object> given;
		if (query instanceof Query q) {
			text = q.text();
			given = q.parameters().asMap(v -> (Object) v);
		}
		else {
			text = (String) query;
			given = parameters instanceof Value v ? v.asMap(x -> (Object) x)
					: parameters instanceof Record r ? r.asMap(x -> (Object) x)
							: parameters == null ? Map.of() : (Map<String, Object>) parameters;
		}
		Map<String, Object> bound = new LinkedHashMap<>();
		given.forEach((key, value) -> bound.put(key, parameter(value)));
		try (InternalTransaction tx = ((GraphDatabaseAPI) database).beginTransaction(KernelTransaction.Type.EXPLICIT,
				READ)) {
			List<String> keys;
			List<Record> records = new ArrayList<>();
			try (org.neo4j.graphdb.Result result = tx.execute(text, bound)) {
				keys = List.copyOf(result.columns());
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					List<Value> values = new ArrayList<>(keys.size());
					for (String key : keys) {
						values.add(value(row.get(key)));
					}
					records.add(new InternalRecord(keys, values));
				}
			}
			tx.commit();
			return new Rows(keys, records, new InternalResultSummary(new Query(text, given), null,
					new InternalDatabaseInfo(database.databaseName()), QueryType.READ_ONLY,
					InternalSummaryCounters.EMPTY_STATS, null, null, List.of(), Set.of(), 0, 0));
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	/** A parameter as the embedded database takes it: Java values, with the driver's own types converted. */
	private static Object parameter(Object value) {
		if (value instanceof Value v) {
			return v.isNull() ? null : parameter(v.asObject());
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> converted = new LinkedHashMap<>();
			map.forEach((k, v) -> converted.put((String) k, parameter(v)));
			return converted;
		}
		if (value instanceof List<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			list.forEach(item -> converted.add(parameter(item)));
			return converted;
		}
		if (value instanceof IsoDuration d) {
			return DurationValue.duration(d.months(), d.days(), d.seconds(), d.nanoseconds());
		}
		if (value instanceof org.neo4j.driver.types.Point p) {
			return Double.isNaN(p.z())
					? org.neo4j.values.storable.Values.pointValue(CoordinateReferenceSystem.get(p.srid()), p.x(), p.y())
					: org.neo4j.values.storable.Values.pointValue(CoordinateReferenceSystem.get(p.srid()), p.x(), p.y(),
							p.z());
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value;
	}

	/** A value of a row as the driver gives it. */
	static Value value(Object value) {
		if (value == null) {
			return Values.NULL;
		}
		// the common values first, each by its own class (most of the properties of a node are of these)
		if (value instanceof String string) {
			return Values.value(string);
		}
		if (value instanceof Long number) {
			return Values.value(number.longValue());
		}
		if (value instanceof Double number) {
			return Values.value(number.doubleValue());
		}
		if (value instanceof Boolean flag) {
			return Values.value(flag.booleanValue());
		}
		if (value instanceof Node node) {
			return node(node).asValue();
		}
		if (value instanceof Relationship relationship) {
			return relationship(relationship).asValue();
		}
		if (value instanceof Path path) {
			List<Entity> entities = new ArrayList<>();
			for (org.neo4j.graphdb.Entity entity : path) {
				entities.add(entity instanceof Node n ? node(n) : relationship((Relationship) entity));
			}
			return new InternalPath(entities).asValue();
		}
		if (value instanceof Map<?, ?> map) {
			return Values.value(properties(map));
		}
		if (value instanceof List<?> list) {
			List<Value> converted = new ArrayList<>(list.size());
			list.forEach(item -> converted.add(value(item)));
			return Values.value(converted);
		}
		if (value instanceof Object[] array) {
			return value(Arrays.asList(array));
		}
		if (value instanceof DurationValue d) {
			return Values.isoDuration(d.get(ChronoUnit.MONTHS), d.get(ChronoUnit.DAYS), d.get(ChronoUnit.SECONDS),
					(int) d.get(ChronoUnit.NANOS));
		}
		if (value instanceof Point point) {
			double[] c = point.getCoordinate().getCoordinate();
			int srid = point.getCRS().getCode();
			return c.length == 2 ? Values.point(srid, c[0], c[1]) : Values.point(srid, c[0], c[1], c[2]);
		}
		// strings, numbers, booleans, temporal values and arrays of primitives
		return Values.value(value);
	}

	@SuppressWarnings("deprecation")
	private static InternalNode node(Node node) {
		List<String> labels = new ArrayList<>();
		node.getLabels().forEach(label -> labels.add(label.name()));
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
	}

	@SuppressWarnings("deprecation")
	private static InternalRelationship relationship(Relationship r) {
		return new InternalRelationship(r.getId(), r.getElementId(), r.getStartNode().getId(),
				r.getStartNode().getElementId(), r.getEndNode().getId(), r.getEndNode().getElementId(), r.getType().name(),
				properties(r.getAllProperties()));
	}

	/** The values of a map of the database (its keys are strings), as the driver gives them. */
	private static Map<String, Value> properties(Map<?, ?> properties) {
		Map<String, Value> converted = new LinkedHashMap<>();
		properties.forEach((k, v) -> converted.put((String) k, value(v)));
		return converted;
	}

	/**
	 * An error of the database as the driver reports it: its status code, classified, and its message. Nothing but
	 * writing is forbidden in these transactions: a refused write is reported as a READ session reports it.
	 */
	static RuntimeException translated(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String code = t instanceof QueryExecutionException q ? q.getStatusCode()
					: t instanceof Status.HasStatus s ? s.status().code().serialize() : null;
			if (code != null) {
				String message = t.getMessage();
				if (FORBIDDEN.equals(code)) {
					return new ClientException(ACCESS_MODE, "Writing in read access mode not allowed. " + message);
				}
				if (code.startsWith("Neo.ClientError.")) {
					return new ClientException(code, message);
				}
				if (code.startsWith("Neo.TransientError.")) {
					return new TransientException(code, message);
				}
				return new DatabaseException(code, message);
			}
		}
		return ex;
	}

	/** The rows of a query, read in full before its transaction ended. */
	private static final class Rows implements Result {

		private final List<String> keys;

		private final List<Record> records;

		private final ResultSummary summary;

		private int next;

		private boolean consumed;

		Rows(List<String> keys, List<Record> records, ResultSummary summary) {
			this.keys = keys;
			this.records = records;
			this.summary = summary;
		}

		@Override
		public List<String> keys() {
			return this.keys;
		}

		@Override
		public boolean hasNext() {
			return !this.consumed && this.next < this.records.size();
		}

		@Override
		public Record next() {
			if (!hasNext()) {
				throw new NoSuchRecordException("No more records");
			}
			return this.records.get(this.next++);
		}

		@Override
		public Record single() {
			if (!hasNext()) {
				throw new NoSuchRecordException(
						"Cannot retrieve a single record, because this result is empty.");
			}
			Record record = next();
			if (hasNext()) {
				throw new NoSuchRecordException("Expected a result with a single record, but this result "
						+ "contains at least one more. Ensure your query returns only one record.");
			}
			return record;
		}

		@Override
		public Record peek() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot peek past the last record");
			}
			return this.records.get(this.next);
		}

		@Override
		public Stream<Record> stream() {
			return list().stream();
		}

		@Override
		public List<Record> list() {
			List<Record> rest = this.consumed ? List.of()
					: Collections.unmodifiableList(this.records.subList(this.next, this.records.size()));
			this.next = this.records.size();
			return rest;
		}

		@Override
		public <T> List<T> list(Function<Record, T> mapFunction) {
			return list().stream().map(mapFunction).toList();
		}

		@Override
		public ResultSummary consume() {
			this.consumed = true;
			return this.summary;
		}

		@Override
		public boolean isOpen() {
			return !this.consumed;
		}

		@Override
		public void remove() {
			throw new UnsupportedOperationException();
		}

	}

}
