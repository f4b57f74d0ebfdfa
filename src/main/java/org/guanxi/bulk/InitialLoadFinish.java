package org.guanxi.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guanxi.core.HistoryRecorder;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.stereotype.Component;

/**
 * What an initial load does once Neo4j's bulk importer has written the store and the database runs with
 * Guanxi's schema: the values the transactional import's queries derive from other nodes (empty lists, the
 * assessed halves, the recorded class of a restored history) and, for a book without history, the history of
 * relationship classes recorded file by file as the transactional import records it (people.csv, then
 * interactions.csv, deals.csv and assessments.csv, each seeing the evidence of the files before it).
 */
@Component
class InitialLoadFinish {

	/** People per transaction when recording their class. */
	private static final int BATCH = 2000;

	private static final TransactionConfig LONG = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InitialLoadFinish.class);

	private final Driver driver;

	private final Cypher cypher;

	private final HistoryRecorder history;

	private final int writers;

	private final Clock clock;

	InitialLoadFinish(Driver driver, Cypher cypher, HistoryRecorder history, BulkProperties properties, Clock clock) {
		this.writers = Math.max(1, properties.writers());
		this.clock = clock;
		this.driver = driver;
		this.cypher = cypher;
		this.history = history;
	}

	/**
	 * Finishes the load.
	 * @param restoring whether the book brought its own class history
	 */
	void finish(boolean restoring) {
		try (Session session = this.driver.session()) {
			run(session, "initialEmptyLists");
			if (restoring) {
				run(session, "initialAssessedHalves");
				run(session, "initialRecordedClass");
			}
			else {
				recordHistory(session);
			}
			log.debug("Waiting for the indexes");
			session.run(this.cypher.text("bulk/awaitIndexes"), Map.of("seconds", 3600), LONG).consume();
			run(session, "resampleIndexes");
		}
	}

	private void recordHistory(Session session) {
		// people.csv: the people of signed accounts, all with the same first entry (no other evidence seen yet)
		Map<String, Object> entry = this.history.firstEntry(true, false, Text.of("cause.import", "people.csv"));
		if (entry != null) {
			log.debug("Recording the classes people.csv changed");
			session.run(this.cypher.text("bulk/initialSignedHistory"),
					Map.of("entry", entry, "now", OffsetDateTime.now(this.clock)), LONG).consume();
		}
		record(List.of(), ids(session, "initialPositiveInteractionPeople"), "interactions.csv");
		List<String> accounts = ids(session, "initialPendingDeals");
		run(session, "initialShowDeals");
		record(accounts, List.of(), "deals.csv");
		record(List.of(), ids(session, "initialAssessedHalves"), "assessments.csv");
	}

	/**
	 * Records the class of the people (and of the people of the accounts) the file changed, in batches written by
	 * {@code guanxi.bulk.writers} threads (the batches name different people: they never wait for each other).
	 */
	private void record(List<String> accountIds, List<String> personIds, String file) {
		log.debug("Recording the classes {} changed: {} accounts, {} people", file, accountIds.size(), personIds.size());
		Text cause = Text.of("cause.import", file);
		int size = Math.max(accountIds.size(), personIds.size());
		ExecutorService pool = Executors.newFixedThreadPool(this.writers);
		try {
			List<Future<?>> batches = new ArrayList<>();
			for (int from = 0; from < size; from += BATCH) {
				List<String> accounts = slice(accountIds, from);
				List<String> people = slice(personIds, from);
				batches.add(pool.submit(() -> recordBatch(accounts, people, cause)));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void recordBatch(List<String> accounts, List<String> people, Text cause) {
		for (int attempt = 1;; attempt++) {
			try (Session session = this.driver.session(); Transaction tx = session.beginTransaction(LONG)) {
				this.history.afterWrite(tx, accounts, people, cause);
				tx.commit();
				return;
			}
			catch (TransientException ex) {
				if (attempt >= 10) {
					throw ex;
				}
			}
		}
	}

	private static List<String> slice(List<String> ids, int from) {
		return from >= ids.size() ? List.of() : ids.subList(from, Math.min(ids.size(), from + BATCH));
	}

	private List<String> ids(Session session, String query) {
		List<String> ids = new ArrayList<>();
		session.run(this.cypher.text("bulk/" + query), Map.of(), LONG).forEachRemaining(r -> ids.add(r.get("id").asString()));
		return ids;
	}

	private void run(Session session, String query) {
		log.debug("{}", query);
		session.run(this.cypher.text("bulk/" + query), Map.of(), LONG).consume();
	}

}
