package org.guanxi.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.guanxi.GuanxiApplication;
import org.guanxi.bulk.BookGenerator;
import org.guanxi.bulk.BookOptions;
import org.guanxi.bulk.BulkImporter;
import org.guanxi.bulk.FileSummary;
import org.guanxi.bulk.ImportListener;
import org.guanxi.bulk.ImportOptions;
import org.guanxi.bulk.ImportSummary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import benchmark (not a test): generates a book of 20,000 accounts (or the number given as first argument)
 * under target/bench, imports it into a fresh embedded Neo4j under target/bench/data, and prints rows/s per
 * file and overall, nodes/s, relationships/s and the peak heap. Run with:
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.guanxi.bench.ImportBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="20000"
 * </pre>
 * (exec:java runs in Maven's JVM: set MAVEN_OPTS=-Xmx1g to cap the heap.)
 */
public final class ImportBenchmark {

	private static final HeapWatch HEAP = new HeapWatch();

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Path root = Path.of("target", "bench");
		deleteTree(root);
		Path book = root.resolve("book");
		long start = System.nanoTime();
		Map<String, Long> rows = new BookGenerator(BookOptions.of(accounts, 42, LocalDate.of(2026, 11, 23)))
			.writeTo(book);
		System.out.printf("Generated %d accounts, %d rows in %.1f s%n", accounts,
				rows.values().stream().mapToLong(Long::longValue).sum(), (System.nanoTime() - start) / 1e9);

		try (ConfigurableApplicationContext context = embeddedGuanxi(root.resolve("data"))) {
			BulkImporter importer = context.getBean(BulkImporter.class);
			ImportSummary summary = importer.importFolder(book, ImportOptions.DEFAULT,
					(file, phase, done) -> System.out.printf("%s %s %d rows at %.0f s%n", phase, file.fileName(), done,
							(System.nanoTime() - start) / 1e9));
			System.out.print(summary.describe());
			double seconds = summary.millis() / 1000.0;
			System.out.printf("%nfile                 rows/s%n");
			for (FileSummary file : summary.files()) {
				System.out.printf("%-18s %10.0f%n", file.file(), file.rowsPerSecond());
			}
			System.out.printf("overall: %.0f rows/s, %.0f nodes/s, %.0f relationships/s (%d rows, %d nodes, %d "
					+ "relationships in %.1f s, validation included)%n", summary.rowsRead() / seconds,
					summary.nodesCreated() / seconds, summary.relationshipsCreated() / seconds, summary.rowsRead(),
					summary.nodesCreated(), summary.relationshipsCreated(), seconds);
			long nodeMillis = 0;
			long nodes = 0;
			long tieMillis = 0;
			long ties = 0;
			for (FileSummary file : summary.files()) {
				if (file.nodesCreated() > 0) {
					nodeMillis += file.millis();
					nodes += file.nodesCreated();
				}
				else {
					tieMillis += file.millis();
					ties += file.relationshipsCreated();
				}
			}
			System.out.printf("entity files (accounts, reps, organizations, channels, people, interactions, deals): "
					+ "%.0f nodes/s (%d nodes, and %d relationships to them, in %.1f s)%n", nodes * 1000.0 / nodeMillis,
					nodes, summary.relationshipsCreated() - ties, nodeMillis / 1000.0);
			System.out.printf("tie files (reports_to, influences, knows, owns, referrals): %.0f relationships/s (%d in "
					+ "%.1f s)%n", ties * 1000.0 / tieMillis, ties, tieMillis / 1000.0);
			System.gc();
			MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
			System.out.printf("heap: max %d MiB, no more committed than %d MiB; in use after collections during the run "
					+ "at most %d MiB (old-generation garbage not yet collected included); %d MiB in use after a full "
					+ "collection at the end (the JVM also holds Maven and the embedded database)%n",
					Runtime.getRuntime().maxMemory() / (1 << 20), HEAP.committed() / (1 << 20),
					HEAP.liveAfterCollection() / (1 << 20), heap.getUsed() / (1 << 20));
		}
	}

	/**
	 * The heap the run needed: the most heap in use right after a garbage collection, and the most the JVM
	 * committed. (Peaks of the pools taken one by one would add up moments that never were.)
	 */
	private static final class HeapWatch implements NotificationListener {

		private final AtomicLong live = new AtomicLong();

		HeapWatch() {
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).addNotificationListener(this, null, null);
			}
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long after = 0;
			for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
				if (isHeap(pool.getKey())) {
					after += pool.getValue().getUsed();
				}
			}
			this.live.accumulateAndGet(after, Math::max);
		}

		long liveAfterCollection() {
			return this.live.get();
		}

		long committed() {
			long committed = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					committed += pool.getPeakUsage().getCommitted();
				}
			}
			return Math.min(committed, Runtime.getRuntime().maxMemory());
		}

		private static boolean isHeap(String poolName) {
			return ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.anyMatch(p -> p.getName().equals(poolName) && p.getType() == MemoryType.HEAP);
		}

	}

	/** Guanxi without web server or demo data, on a fresh embedded Neo4j in the given folder. */
	static ConfigurableApplicationContext embeddedGuanxi(Path dataDir) {
		SpringApplication app = new SpringApplication(GuanxiApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("guanxi.demo-data.enabled", "false", "guanxi.embedded.enabled", "true",
				"guanxi.embedded.data-dir", dataDir.toString(), "guanxi.embedded.bolt-address", "127.0.0.1:0",
				"logging.level.root", "WARN"));
		return app.run();
	}

	static void deleteTree(Path root) throws java.io.IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
