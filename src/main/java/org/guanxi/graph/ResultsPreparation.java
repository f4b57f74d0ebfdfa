package org.guanxi.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guanxi.core.ReadyNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Works out the modules' {@link PreparedResults} once the service has started and before it says it is ready (the
 * readiness probe {@code /actuator/health/readiness} answers OUT_OF_SERVICE meanwhile; requests already served
 * wait for the same computations instead of starting their own). On the 20,000-account book the first referral
 * view after a start took several seconds: every result read the whole book with nothing compiled or planned yet.
 * <p>
 * Only when the service keeps results ({@link BookResults}, the embedded database) and
 * {@code guanxi.book-results.prepare-at-start} is true (the default); never for the command line. A result that
 * fails is logged and left to the first request that asks for it.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ResultsPreparation implements ApplicationRunner, ReadyNote {

	private static final Logger log = LoggerFactory.getLogger(ResultsPreparation.class);

	private final BookResults results;

	private final ObjectProvider<PreparedResults> prepared;

	private final boolean enabled;

	private volatile String note;

	ResultsPreparation(BookResults results, ObjectProvider<PreparedResults> prepared,
			@Value("${guanxi.book-results.prepare-at-start:true}") boolean enabled) {
		this.results = results;
		this.prepared = prepared;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled && this.results.keeps()) {
			prepare();
		}
	}

	/** Works every prepared result out, one after the other; returns how many were worked out. */
	int prepare() {
		long start = System.nanoTime();
		int done = 0;
		int failed = 0;
		for (PreparedResults module : this.prepared.orderedStream().toList()) {
			for (Map.Entry<String, Runnable> result : module.results().entrySet()) {
				long started = System.nanoTime();
				try {
					result.getValue().run();
					done++;
					log.debug("Prepared {} in {} ms", result.getKey(), (System.nanoTime() - started) / 1_000_000);
				}
				catch (RuntimeException ex) {
					failed++;
					log.warn("Could not prepare {}: {}", result.getKey(), ex.toString());
				}
			}
		}
		this.note = String.format(Locale.ROOT, "Results:  %d whole-book results prepared in %.1f s%s", done,
				(System.nanoTime() - start) / 1e9, failed == 0 ? "" : " (" + failed + " failed, see above)");
		return done;
	}

	@Override
	public List<String> readyLines() {
		String prepared = this.note;
		return prepared == null ? List.of() : List.of(prepared);
	}

}
