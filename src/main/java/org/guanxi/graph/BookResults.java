package org.guanxi.graph;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.guanxi.core.Visibility;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results worked out from the whole book (the ABC analysis, the funnel, the follow-ups, the referral-source
 * report...), kept as long as the database has not changed: each is kept under its name, its arguments, the
 * accounts the user may see and the id of the database's last closed transaction, so that any write, by Guanxi or
 * anyone else, makes the next request work it out again from the new data. Requests that ask for the same result
 * at the same time wait for one computation.
 * <p>
 * Only with the embedded database, whose last transaction id is known without asking it
 * ({@link LastTransaction}); with an external server or a cluster every request works its results out. Never
 * inside a write transaction: what it has written but not committed must count. At most
 * {@code guanxi.book-results.max-entries} results (16 by default; 0 turns it off), each dropped 10 minutes after
 * its last use, and all of them as soon as the database has changed.
 */
@Component
public class BookResults {

	private final Cache<Key, CompletableFuture<Object>> results;

	private final LongSupplier lastTransaction;

	private final Cypher cypher;

	/** The newest transaction id seen: results of older ones are dropped when a newer one is seen. */
	private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

	private final Counter kept;

	private final Counter workedOut;

	BookResults(ObjectProvider<LastTransaction> lastTransaction, Cypher cypher, ObjectProvider<MeterRegistry> meters,
			@Value("${guanxi.book-results.max-entries:16}") int maxEntries) {
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.kept = counter(registry, "kept");
		this.workedOut = counter(registry, "worked-out");
		LastTransaction database = lastTransaction.getIfAvailable();
		this.lastTransaction = (database == null || maxEntries <= 0) ? null : database::id;
		this.cypher = cypher;
		this.results = Caffeine.newBuilder()
			.maximumSize(Math.max(maxEntries, 0))
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
	}

	/**
	 * The result named {@code name} with these arguments (values with equals, e.g. dates, ids, enums), worked
	 * out by {@code compute} unless the same was worked out since the database last changed, for the same
	 * visible accounts.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String name, List<?> arguments, Supplier<T> compute) {
		if (this.lastTransaction == null || (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
			return compute.get();
		}
		// the id is read before the data: a result holds at least what that transaction wrote
		long transaction = this.lastTransaction.getAsLong();
		if (this.newest.getAndAccumulate(transaction, Math::max) < transaction) {
			this.results.asMap().keySet().removeIf(k -> k.transaction() < transaction);
		}
		Key key = new Key(name, arguments, this.cypher.visibility(), transaction);
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> known = this.results.asMap().putIfAbsent(key, mine);
		if (known != null) {
			try {
				T result = (T) known.join();
				this.kept.increment();
				return result;
			}
			catch (CompletionException ex) {
				// the other request's failure (a timeout, a refused input): this request works it out itself
				return compute.get();
			}
		}
		try {
			T result = compute.get();
			this.workedOut.increment();
			mine.complete(result);
			return result;
		}
		catch (RuntimeException | Error ex) {
			this.results.asMap().remove(key, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("guanxi.book-results")
			.description("Whole-book results asked for while the embedded database was unchanged, by outcome: kept "
					+ "(the result worked out before) or worked-out")
			.tag("outcome", outcome)
			.register(registry);
	}

	private record Key(String name, List<?> arguments, Visibility visibility, long transaction) {
	}

}
