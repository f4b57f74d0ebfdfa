package org.guanxi.bulk.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.ImportListener;

/**
 * The batches of one file on their way to the database: {@code writers} threads write them, each batch in its
 * own transaction, with at most {@code writers + 1} batches prepared ahead (bounded memory). The first failure
 * stops the file.
 */
final class ParallelBatches implements AutoCloseable {

	private final BulkFile file;

	private final FileCounts counts;

	private final int writers;

	private final BatchWriter writer;

	private final ImportListener listener;

	private final ExecutorService pool;

	private final Semaphore ahead;

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	private long done;

	ParallelBatches(BulkFile file, FileCounts counts, int writers, BatchWriter writer, ImportListener listener) {
		this.file = file;
		this.counts = counts;
		this.writers = writers;
		this.writer = writer;
		this.listener = listener;
		this.pool = Executors.newFixedThreadPool(writers, r -> {
			Thread thread = new Thread(r, "guanxi-import-writer");
			thread.setDaemon(true);
			return thread;
		});
		this.ahead = new Semaphore(writers + 1);
	}

	/** Hands a batch to a writer, waiting while too many are ahead; {@code read} rows of the file are then done. */
	void submit(String query, List<Map<String, Object>> rows, int read) {
		this.ahead.acquireUninterruptibly();
		rethrow();
		this.pool.execute(() -> {
			try {
				BatchWriter.Result result = rows.isEmpty() ? null : this.writer.write(query, rows);
				synchronized (this) {
					if (result != null) {
						this.counts.created += result.created();
						this.counts.updated += result.updated();
						this.counts.nodes += result.nodesCreated();
						this.counts.relationships += result.relationshipsCreated();
					}
					this.done += read;
					this.listener.progress(this.file, "write", this.done);
				}
			}
			catch (RuntimeException ex) {
				this.failure.compareAndSet(null, ex);
			}
			finally {
				this.ahead.release();
			}
		});
	}

	/** Waits for every batch submitted; throws the first failure. */
	void finish() {
		int all = this.writers + 1;
		this.ahead.acquireUninterruptibly(all);
		this.ahead.release(all);
		rethrow();
	}

	private void rethrow() {
		RuntimeException ex = this.failure.get();
		if (ex != null) {
			throw ex;
		}
	}

	@Override
	public void close() {
		this.pool.shutdown();
		try {
			this.pool.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
