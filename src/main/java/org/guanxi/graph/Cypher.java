package org.guanxi.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.guanxi.core.Viewer;
import org.guanxi.core.Visibility;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Runs the named queries of {@code cypher/<module>/<name>.cypher}, always with parameters, inside the current
 * Spring transaction (with one database server, a read-only scope has none: each of its queries runs on its own in
 * a READ session, see {@link SingleServerReads}). Every query of the application goes through here, which also
 * counts them and times them by name: the meter {@code guanxi.cypher} with the tag {@code query}
 * ({@code module/name}) measures each run from the moment it is sent until its result is read. It gives every
 * query that takes it the parameter {@code $visibility}: the accounts the current user may see ({@link Viewer}).
 */
@Component
public class Cypher {

	private final Neo4jClient client;

	/**
	 * The client of the queries of a read-only scope without a transaction ({@link SingleServerReads}): each query
	 * on its own in a READ session, or, with the embedded database, in a read transaction of its own there
	 * ({@link EmbeddedReads}).
	 */
	private final Neo4jClient readSessions;

	private final ResourceLoader resources;

	private final Map<String, String> texts = new ConcurrentHashMap<>();

	private static final String SIGN_IN_MODULE = "security/";

	private final AtomicLong issued = new AtomicLong();

	private final TransactionTemplate readOnly;

	private final Executor executor;

	private final MeterRegistry meters;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	private final List<BiConsumer<String, Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();

	/** Found on first use: the viewer may itself run queries through this class. */
	private final ObjectProvider<Viewer> viewer;

	/** The visibility of the request a {@link #readAside} runs for, on the thread that runs it. */
	private static final ThreadLocal<Visibility> ASIDE = new ThreadLocal<>();

	/** What the queries of the work running on this thread read ({@link BookResults}), or null. */
	private static final ThreadLocal<Reads.Recorder> RECORDING = new ThreadLocal<>();

	private final Map<String, Reads> reads = new ConcurrentHashMap<>();

	/** What each query reads when every account is visible ({@link VisibilityPredicate#seeingAll}). */
	private final Map<String, Reads> readsSeeingAll = new ConcurrentHashMap<>();

	public Cypher(Neo4jClient client, Driver driver, DatabaseSelectionProvider databases, ResourceLoader resources,
			PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") Executor executor,
			ObjectProvider<MeterRegistry> meters, ObjectProvider<Viewer> viewer,
			ObjectProvider<InProcessDatabase> inProcess) {
		this.client = client;
		InProcessDatabase database = inProcess.getIfAvailable();
		this.readSessions = Neo4jClient
			.with(database != null ? EmbeddedReads.driver(database::database) : SingleServerReads.readSessions(driver))
			.withDatabaseSelectionProvider(databases)
			.withNeo4jBookmarkManager(Neo4jBookmarkManager.noop())
			.build();
		this.meters = meters.getIfAvailable();
		this.viewer = viewer;
		this.resources = resources;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
	}

	/**
	 * Starts {@code reads} (queries through this class) in a read-only transaction of its own on another thread,
	 * so that it runs while this thread goes on with other queries; {@link #join} takes its result. For reports
	 * whose independent parts each read much of the graph.
	 */
	public <T> CompletableFuture<T> readAside(Supplier<T> reads) {
		Visibility visibility = visibility();
		Reads.Recorder recorder = RECORDING.get();
		return CompletableFuture.supplyAsync(() -> {
			ASIDE.set(visibility);
			RECORDING.set(recorder);
			try {
				return this.readOnly.execute(status -> reads.get());
			}
			finally {
				ASIDE.remove();
				RECORDING.remove();
			}
		}, this.executor);
	}

	/**
	 * Runs {@code work} on this thread with every query seeing the whole book: for the application's own
	 * bookkeeping (scheduled jobs, history written because of a change the user was allowed to make), never for
	 * what a user reads.
	 */
	public void asApplication(Runnable work) {
		as(Visibility.everything(), () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs {@code work} on this thread with every query seeing what {@code visibility} allows: for work done for
	 * a request on another thread (e.g. a streamed export), with the visibility taken on the request's thread.
	 */
	public <T, X extends Exception> T as(Visibility visibility, Work<T, X> work) throws X {
		return with(ASIDE, visibility, work);
	}

	/** Runs {@code work} with {@code local} set to {@code value} on this thread, then as it was. */
	private static <V, T, X extends Exception> T with(ThreadLocal<V> local, V value, Work<T, X> work) throws X {
		V before = local.get();
		local.set(value);
		try {
			return work.run();
		}
		finally {
			if (before == null) {
				local.remove();
			}
			else {
				local.set(before);
			}
		}
	}

	/**
	 * Runs {@code work} with what its queries read (on this thread and in {@link #readAside}) added to
	 * {@code recorder}.
	 */
	static <T> T recording(Reads.Recorder recorder, Supplier<T> work) {
		return with(RECORDING, recorder, work::get);
	}

	/** What the work running on this thread records its reads into, or null. */
	static Reads.Recorder recorder() {
		return RECORDING.get();
	}

	/** Work run by {@link #as}. */
	@FunctionalInterface
	public interface Work<T, X extends Exception> {

		T run() throws X;

	}

	/** The accounts the current user may see, as every query receives them in {@code $visibility}. */
	public Visibility visibility() {
		Visibility aside = ASIDE.get();
		return (aside != null) ? aside : this.viewer.getObject().visibility();
	}

	/** The sales rep who owns the accounts the current user creates ({@link Viewer#ownerOfNewAccounts()}). */
	public Optional<String> ownerOfNewAccounts() {
		return ASIDE.get() != null ? Optional.empty() : this.viewer.getObject().ownerOfNewAccounts();
	}

	/** Waits for the result of {@link #readAside}; a failure there is thrown here as it was thrown there. */
	public static <T> T join(CompletableFuture<T> aside) {
		try {
			return aside.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * The query named {@code module/name}, bound to the given parameters and, when its text uses it, to
	 * {@code $visibility}.
	 */
	public Neo4jClient.RunnableSpec query(String name, Map<String, Object> parameters) {
		if (!name.startsWith(SIGN_IN_MODULE)) {
			this.issued.incrementAndGet();
		}
		String text = text(name);
		Map<String, Object> bound = parameters;
		boolean seeingAll = false;
		if (usesVisibility(text)) {
			Visibility visibility = visibility();
			seeingAll = visibility.all();
			bound = new HashMap<>(parameters);
			bound.put(Visibility.PARAMETER, visibility.asParameter());
		}
		for (BiConsumer<String, Map<String, Object>> listener : this.listeners) {
			listener.accept(name, bound);
		}
		Reads.Recorder recorder = RECORDING.get();
		if (recorder != null) {
			// seeing every account, a result does not depend on who owns which (a rep moving teams leaves it as is)
			Reads reads = seeingAll
					? this.readsSeeingAll.computeIfAbsent(name, key -> Reads.of(VisibilityPredicate.seeingAll(text)))
					: this.reads.computeIfAbsent(name, key -> Reads.of(text));
			recorder.add(reads.with(bound));
		}
		Neo4jClient.RunnableSpec spec = (SingleServerReads.reading() ? this.readSessions : this.client).query(text)
			.bindAll(bound);
		return this.meters == null && recorder == null ? spec
				: (Neo4jClient.RunnableSpec) watched(spec, this.meters == null ? null : timer(name), recorder);
	}

	/** Whether a query text takes {@code $visibility}. */
	public static boolean usesVisibility(String text) {
		return text.contains("$" + Visibility.PARAMETER);
	}

	private Timer timer(String name) {
		return this.timers.computeIfAbsent(name, key -> Timer.builder("guanxi.cypher")
			.description("Named Cypher queries, from sending to the result read")
			.tag("query", key)
			.register(this.meters));
	}

	/**
	 * The spec (or one of the specs it leads to: bound, mapped, fetched) with each call that runs the query
	 * timed (when {@code timer} is given) and, when {@code recorder} is given, its rows looked at for nodes,
	 * relationships and paths (whose every property the caller may read). Specs are interfaces of Spring Data
	 * Neo4j; anything else a call returns is a result.
	 */
	@SuppressWarnings("unchecked")
	private static Object watched(Object spec, Timer timer, Reads.Recorder recorder) {
		Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(spec.getClass(), Cypher.class.getClassLoader());
		return Proxy.newProxyInstance(Cypher.class.getClassLoader(), interfaces, (proxy, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return invoke(spec, method, args);
			}
			if (isSpec(method.getReturnType())) {
				Object[] given = args;
				if (recorder != null && method.getName().equals("mappedBy") && args != null && args.length == 1
						&& args[0] instanceof BiFunction<?, ?, ?> mapper) {
					BiFunction<Object, Record, Object> rows = (BiFunction<Object, Record, Object>) mapper;
					given = new Object[] { (BiFunction<Object, Record, Object>) (types, row) -> {
						if (row.values().stream().anyMatch(Cypher::holdsEntities)) {
							recorder.sawEntities();
						}
						return rows.apply(types, row);
					} };
				}
				Object next = invoke(spec, method, given);
				return next == null || next == spec ? proxy : watched(next, timer, recorder);
			}
			long start = System.nanoTime();
			try {
				Object result = invoke(spec, method, args);
				if (recorder != null && holdsEntities(result)) {
					recorder.sawEntities();
				}
				return result;
			}
			finally {
				if (timer != null) {
					timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
				}
			}
		});
	}

	/** Whether a value read from a query (a driver value or what it was converted to) holds an entity. */
	private static boolean holdsEntities(Object value) {
		if (value instanceof Value v) {
			String type = v.type().name();
			return switch (type.startsWith("LIST") ? "MAP" : type) {
				case "NODE", "RELATIONSHIP", "PATH" -> true;
				case "MAP" -> {
					for (Value item : v.values()) {
						if (holdsEntities(item)) {
							yield true;
						}
					}
					yield false;
				}
				default -> false;
			};
		}
		if (value instanceof Entity || value instanceof Path) {
			return true;
		}
		if (value instanceof Optional<?> optional) {
			return optional.isPresent() && holdsEntities(optional.get());
		}
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(Cypher::holdsEntities);
		}
		if (value instanceof Collection<?> items) {
			return items.stream().anyMatch(Cypher::holdsEntities);
		}
		return false;
	}

	private static boolean isSpec(Class<?> type) {
		return type.isInterface() && type.getName().startsWith("org.springframework.data.neo4j.core.");
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Runs the query named {@code module/name}, which returns exactly one row (e.g. lists built with
	 * {@code collect}), and maps that row.
	 */
	@SuppressWarnings("unchecked")
	public <T> T one(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
		return (T) query(name, parameters).fetchAs(Object.class)
			.mappedBy((types, row) -> mapper.apply(row))
			.one()
			.orElseThrow(() -> new IllegalStateException("query " + name + " returned no row"));
	}

	/**
	 * The map of two lists of equal length returned by one query, e.g. {@code collect(a.id) AS ids,
	 * collect(revenue) AS revenues}: the i-th key to the i-th value, in list order.
	 */
	public static <K, V> Map<K, V> zip(Value keys, Value values, Function<Value, K> key, Function<Value, V> value) {
		List<K> k = keys.asList(key::apply);
		List<V> v = values.asList(value::apply);
		if (k.size() != v.size()) {
			throw new IllegalStateException("lists of different lengths: " + k.size() + " keys, " + v.size() + " values");
		}
		Map<K, V> map = new LinkedHashMap<>(Math.max(16, k.size() * 4 / 3 + 1));
		for (int i = 0; i < k.size(); i++) {
			map.put(k.get(i), v.get(i));
		}
		return map;
	}

	public Neo4jClient.RunnableSpec query(String name) {
		return query(name, Map.of());
	}

	/** The text of the query named {@code module/name}. */
	public String text(String name) {
		return this.texts.computeIfAbsent(name,
				key -> CypherScript.query(this.resources.getResource("classpath:cypher/" + key + ".cypher")));
	}

	/**
	 * Tells the listener the name and parameters of every query issued until the returned handle is closed; used
	 * to profile the queries that an operation really runs.
	 */
	public AutoCloseable listen(BiConsumer<String, Map<String, Object>> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	/**
	 * How many queries of the book have been issued since start, leaving out the sign-in's own (users, tokens,
	 * audit trail: {@code security/...}), which a request may or may not need depending on what was read before;
	 * used to check that lists are batch-loaded.
	 */
	public long issuedQueries() {
		return this.issued.get();
	}

}
