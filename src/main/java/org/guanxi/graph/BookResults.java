package org.guanxi.graph;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
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
 * the ABC analysis). A result made of one row per account ({@link #byAccount}: the ABC analysis, the follow-ups, the
 * last visits) is brought up to date by reading again the rows of the accounts the changes concern, when they are
 * few; a result made of rows by part ({@link #byParts}: the referral reports, by source) by reading again the rows
 * of the parts the changes concern.
 * Requests that ask for the same result at the same time wait for one computation.
 * <p>
 * Only with a database in this process (the embedded one), whose commits are seen as they happen; with an
 * external server or a cluster every request works its results out. Never inside a write transaction: what it
 * has written but not committed must count. At most {@code guanxi.book-results.max-entries} results (32 by
 * default; 0 turns it off): the least recently used goes first, after those a write made useless; each is dropped
 * 10 minutes after its last use.
 */
@Component
public class BookResults {

	private static final Logger LOG = LoggerFactory.getLogger(BookResults.class);

	private final Cache<Key, Kept> results;

	private final DatabaseChanges changes;

	private final Cypher cypher;

	private final Counter kept;

	private final Counter workedOut;

	private final Counter patched;

	private final int maxEntries;

	/** Said by an {@link Update} when another request is bringing the result up to date: ask again. */
	private static final Object RETRY = new Object();

	/**
	 * The most accounts whose rows are read again to bring a result by account up to date: as many as one commit's
	 * changes are followed for ({@link DatabaseChanges#ACCOUNTS_AT_MOST}).
	 */
	static final int PATCHED_AT_MOST = DatabaseChanges.ACCOUNTS_AT_MOST;

	BookResults(ObjectProvider<DatabaseChanges> changes, Cypher cypher, ObjectProvider<MeterRegistry> meters,
			@Value("${guanxi.book-results.max-entries:32}") int maxEntries) {
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.kept = counter(registry, "kept");
		this.workedOut = counter(registry, "worked-out");
		this.patched = counter(registry, "patched");
		DatabaseChanges database = changes.getIfAvailable();
		this.changes = maxEntries <= 0 ? null : database;
		this.cypher = cypher;
		this.maxEntries = maxEntries;
		// the number of results is bounded by sweep(), least recently used first: a size bound of the cache itself
		// may refuse a new result in favour of old ones used more often
		this.results = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();
	}

	/**
	 * The result named {@code name} with these arguments (values with equals, e.g. dates, ids, enums), worked
	 * out by {@code compute} unless the same was worked out, for the same visible accounts, since the last change
	 * of anything it read.
	 */
	public <T> T get(String name, List<?> arguments, Supplier<T> compute) {
		return kept(name, arguments, compute, null);
	}

	/**
	 * A result made of one row per account ({@code derive} of the rows by account id), kept like
	 * {@link #get}; when the changes since it was worked out concern a few accounts only (a visit logged, a deal
	 * won), the rows of those accounts are read again and the others kept.
	 * <p>
	 * The row of an account may read the account, its people (WORKS_AT), their interactions (WITH), its deals
	 * (FOR) and anything a change of which concerns every account (its owners, the reps); nothing of other
	 * accounts ({@link DatabaseChanges}).
	 * @param rows the rows of the accounts of the ids given (those without a row left out), of every account for
	 * null
	 * @param derive the result from all the rows, by account id
	 */
	public <R, T> T byAccount(String name, List<?> arguments, Function<Set<String>, Map<String, R>> rows,
			Function<Map<String, R>, T> derive) {
		return byParts(name, arguments, rows, (accounts, nodes) -> accounts, derive);
	}

	/**
	 * A result made of rows by part (e.g. one per referral source), kept like {@link #get}; when the changes since it
	 * was worked out concern a few accounts and nodes only, {@code parts} tells which parts' rows they may change, and
	 * the rows of those parts are read again, the others kept. A part whose rows are read again and come back empty
	 * is gone.
	 * @param rows the rows of the parts of the keys given (those without a row left out), of every part for null
	 * @param parts the keys of the parts whose rows a change to these accounts (ids) and these nodes (element ids,
	 * of the organizations and channels changed and of the start of the REFERRED and WORKS_AT ties changed,
	 * {@link DatabaseChanges}) may change, asked of the database as it is now
	 * @param derive the result from all the rows, by part key
	 */
	public <R, T> T byParts(String name, List<?> arguments, Function<Set<String>, Map<String, R>> rows,
			BiFunction<Set<String>, Set<String>, Set<String>> parts, Function<Map<String, R>, T> derive) {
		return kept(name, arguments, () -> {
			Map<String, R> all = rows.apply(null);
			return new Rows<>(all, derive.apply(all));
		}, new Patch<>(rows, parts, derive));
	}

	private <T> T kept(String name, List<?> arguments, Supplier<?> compute, Update update) {
		if (this.changes == null || (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
			return result(compute.get());
		}
		Key key = new Key(name, arguments, this.cypher.visibility());
		Reads.Recorder outer = Cypher.recorder();
		while (true) {
			Kept known = this.results.getIfPresent(key);
			if (known != null) {
				if (known.holds(this.changes)) {
					known.used = System.nanoTime();
					try {
						Object result = known.result.join();
						if (outer != null) {
							outer.add(known.reads);
						}
						this.kept.increment();
						return result(result);
					}
					catch (CompletionException ex) {
						// the other request's failure (a timeout, a refused input): this request works it out itself
						return result(compute.get());
					}
				}
				if (update != null && known.result.isDone() && !known.result.isCompletedExceptionally()) {
					Object updated = update.apply(this, key, known, outer);
					if (updated == RETRY) {
						continue;
					}
					if (updated != null) {
						return result(updated);
					}
				}
				if (this.results.asMap().remove(key, known) && known.result.isDone() && LOG.isDebugEnabled()) {
					LOG.debug("{} {} is worked out again: commits since touched {}", name, arguments,
							this.changes.changedSince(known.reads, known.since));
				}
			}
			sweep();
			// the number is taken before the data is read: the result holds at least what those commits wrote
			Kept mine = new Kept(this.changes.sequence(), update != null);
			if (this.results.asMap().putIfAbsent(key, mine) != null) {
				continue;
			}
			Reads.Recorder recorder = new Reads.Recorder();
			try {
				Object result = Cypher.recording(recorder, compute);
				mine.reads = recorder.reads();
				mine.result.complete(result);
				if (outer != null) {
					outer.add(mine.reads);
				}
				this.workedOut.increment();
				return result(result);
			}
			catch (RuntimeException | Error ex) {
				this.results.asMap().remove(key, mine);
				mine.result.completeExceptionally(ex);
				throw ex;
			}
		}
	}

	/**
	 * Drops the results that no longer hold and cannot be brought up to date, before a new one is kept: the room
	 * goes to results that hold, not to those a write has made useless.
	 */
	private void sweep() {
		Map<Key, Kept> all = this.results.asMap();
		all.values().removeIf(k -> k.result.isDone() && !k.holds(this.changes) && !updatable(k));
		while (all.size() >= this.maxEntries) {
			// the least recently used of those worked out (those being worked out stay)
			Map.Entry<Key, Kept> eldest = all.entrySet()
				.stream()
				.filter(e -> e.getValue().result.isDone())
				.min(Comparator.comparingLong(e -> e.getValue().used))
				.orElse(null);
			if (eldest == null) {
				return;
			}
			all.remove(eldest.getKey(), eldest.getValue());
		}
	}

	/** Whether a result that no longer holds may still be brought up to date: the changes since concern few accounts. */
	private boolean updatable(Kept known) {
		return known.updatable && fewChanged(known) != null;
	}

	/**
	 * The accounts the commits since a result was worked out concern, of what it read; null when they are too many
	 * to bring it up to date part by part, or may be any.
	 */
	private Set<String> fewChanged(Kept known) {
		Set<String> changed = this.changes.accountsChangedSince(known.reads, known.since);
		return changed == null || changed.size() > PATCHED_AT_MOST ? null : changed;
	}

	/** A result brought up to date (or found unchanged) for this request: what it read counts for the request's own. */
	private Object given(Kept kept, Reads.Recorder outer, Counter outcome) {
		if (outer != null) {
			outer.add(kept.reads);
		}
		outcome.increment();
		return kept.result.join();
	}

	@SuppressWarnings("unchecked")
	private static <T> T result(Object kept) {
		return (T) (kept instanceof Rows<?, ?> rows ? rows.result() : kept);
	}

	/** A result by account with its rows. */
	private record Rows<R, T>(Map<String, R> rows, T result) {
	}

	/** How a kept result that no longer holds may be brought up to date without working it out in full. */
	private interface Update {

		/**
		 * The result brought up to date; null when it cannot be, {@link #RETRY} when another request is bringing it
		 * up to date.
		 */
		Object apply(BookResults results, Key key, Kept known, Reads.Recorder outer);

	}

	private record Patch<R, T>(Function<Set<String>, Map<String, R>> rows,
			BiFunction<Set<String>, Set<String>, Set<String>> parts,
			Function<Map<String, R>, T> derive) implements Update {

		/**
		 * The result with the rows of the parts the changes concern read again; null when it cannot be brought up to date
		 * that way, {@link #RETRY} when another request is bringing it up to date. Requests asking for it meanwhile
		 * wait for this one.
		 */
		@Override
		@SuppressWarnings("unchecked")
		public Object apply(BookResults results, Key key, Kept known, Reads.Recorder outer) {
			// taken before the ids and the data are read, as for a result worked out
			long now = results.changes.sequence();
			Set<String> changed = results.fewChanged(known);
			if (changed == null) {
				return null;
			}
			Kept patched = new Kept(now, true);
			if (!results.results.asMap().replace(key, known, patched)) {
				return RETRY;
			}
			Rows<R, T> before = (Rows<R, T>) known.result.join();
			Reads.Recorder recorder = new Reads.Recorder();
			Rows<R, T> after = before;
			Set<String> keys = Set.of();
			try {
				if (!changed.isEmpty()) {
					keys = Cypher.recording(recorder, () -> Set.copyOf(
							this.parts.apply(DatabaseChanges.accounts(changed), DatabaseChanges.nodes(changed))));
				}
				if (!keys.isEmpty()) {
					Set<String> read = keys;
					Map<String, R> fresh = Cypher.recording(recorder, () -> this.rows.apply(read));
					Map<String, R> rows = new HashMap<>(before.rows());
					rows.keySet().removeAll(keys);
					rows.putAll(fresh);
					after = new Rows<>(Collections.unmodifiableMap(rows), this.derive.apply(rows));
				}
			}
			catch (RuntimeException | Error ex) {
				results.results.asMap().remove(key, patched);
				patched.result.completeExceptionally(ex);
				throw ex;
			}
			patched.reads = known.reads.and(recorder.reads());
			patched.result.complete(after);
			LOG.debug("{} {}: the rows of {} parts read again ({} changed)", key.name(), key.arguments(), keys.size(),
					changed.size());
			return results.given(patched, outer, results.patched);
		}

	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("guanxi.book-results")
			.description("Whole-book results asked for, by outcome: kept (worked out before, nothing it read has "
					+ "changed since), patched (the rows of the few accounts or sources changed since read again) or "
					+ "worked-out")
			.tag("outcome", outcome)
			.register(registry);
	}

	private record Key(String name, List<?> arguments, Visibility visibility) {
	}

	/** A result being worked out or worked out, from the data of the commits up to {@code since}. */
	private static final class Kept {

		final CompletableFuture<Object> result = new CompletableFuture<>();

		final long since;

		/** Whether it may be brought up to date without being worked out in full ({@link Update}). */
		final boolean updatable;

		/** What its queries read; set before the result is complete. */
		volatile Reads reads = Reads.NOTHING;

		/** When it was last given ({@link System#nanoTime()}). */
		volatile long used = System.nanoTime();

		Kept(long since, boolean updatable) {
			this.since = since;
			this.updatable = updatable;
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
