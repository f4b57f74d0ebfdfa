package org.guanxi.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.guanxi.graph.Cypher;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.stereotype.Component;

/**
 * One import at a time per database, whichever process runs it: a lock node {@code (:ImportLock {id: 'import'})}
 * (unique) holds the running import's owner and start. The holder shows life every {@value #HEARTBEAT_SECONDS}
 * s; a lock without sign of life for {@value #STALE_SECONDS} s (an import killed half-way) is taken over.
 */
@Component
class ImportLock {

	static final int HEARTBEAT_SECONDS = 10;

	static final int STALE_SECONDS = 60;

	private final Driver driver;

	private final Cypher cypher;

	private final Clock clock;

	ImportLock(Driver driver, Cypher cypher, Clock clock) {
		this.driver = driver;
		this.cypher = cypher;
		this.clock = clock;
	}

	/** A held lock; closing it releases it. */
	interface Held extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Takes the lock.
	 * @throws ImportRunning when another import holds it
	 */
	Held take() {
		String owner = UUID.randomUUID().toString();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Record lock = write("lockImport",
				Map.of("owner", owner, "now", now, "staleBefore", now.minus(Duration.ofSeconds(STALE_SECONDS))));
		if (!owner.equals(lock.get("owner").asString())) {
			throw new ImportRunning(lock.get("startedAt").asOffsetDateTime());
		}
		ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "import-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		heartbeat.scheduleWithFixedDelay(
				() -> write("heartbeatImport", Map.of("owner", owner, "now", OffsetDateTime.now(this.clock))),
				HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
		return () -> {
			heartbeat.shutdownNow();
			write("unlockImport", Map.of("owner", owner));
		};
	}

	private Record write(String query, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
				var result = tx.run(this.cypher.text("bulk/" + query), parameters);
				return result.hasNext() ? result.next() : null;
			});
		}
	}

}
