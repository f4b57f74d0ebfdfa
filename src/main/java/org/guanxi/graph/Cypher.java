package org.guanxi.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

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

	public Cypher(Neo4jClient client, ResourceLoader resources) {
		this.client = client;
		this.resources = resources;
	}

	/**
	 * The query named {@code module/name}, bound to the given parameters.
	 */
	public Neo4jClient.RunnableSpec query(String name, Map<String, Object> parameters) {
		this.issued.incrementAndGet();
		return this.client.query(text(name)).bindAll(parameters);
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
