package org.guanxi.bulk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Import progress as metrics: {@code guanxi.import.rows} counts rows by file and phase (validate, write) as they
 * are done, so that a monitoring system derives rates from it; {@code guanxi.import.active} is the number of
 * imports running, {@code guanxi.import.rate} the rows per second the running (or last) import has written so
 * far, {@code guanxi.import} the duration of finished imports by outcome.
 */
@Component
class ImportMetrics {

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private final AtomicLong active = new AtomicLong();

	private volatile double rate;

	ImportMetrics(ObjectProvider<MeterRegistry> meters) {
		this.meters = meters.getIfAvailable();
		if (this.meters != null) {
			Gauge.builder("guanxi.import.active", this.active, AtomicLong::get)
				.description("Imports running now")
				.register(this.meters);
			Gauge.builder("guanxi.import.rate", this, m -> m.rate)
				.description("Rows per second written by the running or last import")
				.baseUnit("rows/s")
				.register(this.meters);
		}
	}

	/** A listener that records the progress of one import and passes it on to the given one. */
	Run start(ImportListener next) {
		return new Run(next);
	}

	final class Run implements ImportListener, AutoCloseable {

		private final ImportListener next;

		private final Map<String, Long> done = new ConcurrentHashMap<>();

		private final long started = System.nanoTime();

		private final AtomicLong written = new AtomicLong();

		private boolean ok;

		Run(ImportListener next) {
			this.next = next;
			ImportMetrics.this.active.incrementAndGet();
		}

		@Override
		public void progress(BulkFile file, String phase, long rowsDone) {
			String key = file.fileName() + " " + phase;
			Long before = this.done.put(key, rowsDone);
			long delta = rowsDone - (before == null ? 0 : before);
			if (delta > 0 && ImportMetrics.this.meters != null) {
				counter(file.fileName(), phase).increment(delta);
				if ("write".equals(phase)) {
					double seconds = (System.nanoTime() - this.started) / 1e9;
					ImportMetrics.this.rate = this.written.addAndGet(delta) / Math.max(seconds, 1e-3);
				}
			}
			this.next.progress(file, phase, rowsDone);
		}

		void succeeded() {
			this.ok = true;
		}

		@Override
		public void close() {
			ImportMetrics.this.active.decrementAndGet();
			if (ImportMetrics.this.meters != null) {
				Timer.builder("guanxi.import")
					.description("Imports by outcome")
					.tag("outcome", this.ok ? "finished" : "failed")
					.register(ImportMetrics.this.meters)
					.record(System.nanoTime() - this.started, TimeUnit.NANOSECONDS);
			}
		}

	}

	private Counter counter(String file, String phase) {
		return this.counters.computeIfAbsent(file + " " + phase, key -> Counter.builder("guanxi.import.rows")
			.description("Rows of import files done, by file and phase (validate, write)")
			.tag("file", file)
			.tag("phase", phase)
			.baseUnit("rows")
			.register(this.meters));
	}

}
