package org.guanxi.graph;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.guanxi.core.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results worked out from the whole book (the ABC analysis, the funnel, the follow-ups, the referral-source
 * report...), kept as long as nothing they read has changed: each is kept under its name, its arguments and the
 * accounts the user may see, with what its queries read (the labels, relationship types and properties they name,
 * {@link Reads}) and the number of the database's last commit when it was worked out ({@link DatabaseChanges}).
 * A write that touches something a result read, by Guanxi or anyone else, makes the next request work it out
 * again from the new data; a write touching only other things leaves it kept (logging a visit does not change
 * the ABC analysis). Requests that ask for the same result at the same time wait for one computation.
 * <p>
 * Only with a database in this process (the embedded one), whose commits are seen as they happen; with an
 * external server or a cluster every request works its results out. Never inside a write transaction: what it
 * has written but not committed must count. At most {@code guanxi.book-results.max-entries} results (16 by
 * default; 0 turns it off), each dropped 10 minutes after its last use.
 */
@Component
public class BookResults {

	private static final Logger LOG = LoggerFactory.getLogger(BookResults.class);

	private final Cache<Key, Kept> results;

	private final DatabaseChanges changes;

	private final Cypher cypher;

	private final Counter kept;

	private final Counter workedOut;

	BookResults(ObjectProvider<DatabaseChanges> changes, Cypher cypher, ObjectProvider<MeterRegistry> meters,
			@Value("${guanxi.book-results.max-entries:16}") int maxEntries) {
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.kept = counter(registry, "kept");
		this.workedOut = counter(registry, "worked-out");
		DatabaseChanges database = changes.getIfAvailable();
		this.changes = maxEntries <= 0 ? null : database;
		this.cypher = cypher;
		this.results = Caffeine.newBuilder()
			.maximumSize(Math.max(maxEntries, 0))
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
	}

	/**
	 * The result named {@code name} with these arguments (values with equals, e.g. dates, ids, enums), worked
	 * out by {@code compute} unless the same was worked out, for the same visible accounts, since the last change
	 * of anything it read.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String name, List<?> arguments, Supplier<T> compute) {
		if (this.changes == null || (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
			return compute.get();
		}
		Key key = new Key(name, arguments, this.cypher.visibility());
		Reads.Recorder outer = Cypher.recorder();
		while (true) {
			Kept known = this.results.getIfPresent(key);
			if (known != null) {
				if (known.holds(this.changes)) {
					try {
						T result = (T) known.result.join();
						if (outer != null) {
							outer.add(known.reads);
						}
						this.kept.increment();
						return result;
					}
					catch (CompletionException ex) {
						// the other request's failure (a timeout, a refused input): this request works it out itself
						return compute.get();
					}
				}
				if (this.results.asMap().remove(key, known) && known.result.isDone() && LOG.isDebugEnabled()) {
					LOG.debug("{} {} is worked out again: commits since touched {}", name, arguments,
							this.changes.changedSince(known.reads, known.since));
				}
			}
			// the number is taken before the data is read: the result holds at least what those commits wrote
			Kept mine = new Kept(this.changes.sequence());
			if (this.results.asMap().putIfAbsent(key, mine) != null) {
				continue;
			}
			Reads.Recorder recorder = new Reads.Recorder();
			try {
				T result = Cypher.recording(recorder, compute);
				mine.reads = recorder.reads();
				mine.result.complete(result);
				if (outer != null) {
					outer.add(mine.reads);
				}
				this.workedOut.increment();
				return result;
			}
			catch (RuntimeException | Error ex) {
				this.results.asMap().remove(key, mine);
				mine.result.completeExceptionally(ex);
				throw ex;
			}
		}
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("guanxi.book-results")
			.description("Whole-book results asked for, by outcome: kept (worked out before, nothing it read has "
					+ "changed since) or worked-out")
			.tag("outcome", outcome)
			.register(registry);
	}

	private record Key(String name, List<?> arguments, Visibility visibility) {
	}

	/** A result being worked out or worked out, from the data of the commits up to {@code since}. */
	private static final class Kept {

		final CompletableFuture<Object> result = new CompletableFuture<>();

		final long since;

		/** What its queries read; set before the result is complete. */
		volatile Reads reads = Reads.NOTHING;

		Kept(long since) {
			this.since = since;
		}

		/**
		 * Whether the result still holds: nothing it read changed since; while it is being worked out (what it
		 * reads is not known yet), nothing changed at all.
		 */
		boolean holds(DatabaseChanges changes) {
			if (!this.result.isDone()) {
				return changes.sequence() == this.since;
			}
			return changes.lastChangeOf(this.reads) <= this.since;
		}

	}

}
