package org.guanxi.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the named queries of {@code cypher/<module>/<name>.cypher}, always with parameters, inside the current
 * Spring transaction. Every query of the application goes through here, which also counts them.
 */
@Component
public class Cypher {

	private final Neo4jClient client;

	private final ResourceLoader resources;

	private final Map<String, String> texts = new ConcurrentHashMap<>();

	private final AtomicLong issued = new AtomicLong();

	private final TransactionTemplate readOnly;

	private final Executor executor;

	public Cypher(Neo4jClient client, ResourceLoader resources, PlatformTransactionManager transactions,
			@Qualifier("applicationTaskExecutor") Executor executor) {
		this.client = client;
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
		return CompletableFuture.supplyAsync(() -> this.readOnly.execute(status -> reads.get()), this.executor);
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
	 * The query named {@code module/name}, bound to the given parameters.
	 */
	public Neo4jClient.RunnableSpec query(String name, Map<String, Object> parameters) {
		this.issued.incrementAndGet();
		return this.client.query(text(name)).bindAll(parameters);
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

	/** How many queries have been issued since start; used to check that lists are batch-loaded. */
	public long issuedQueries() {
		return this.issued.get();
	}

}
