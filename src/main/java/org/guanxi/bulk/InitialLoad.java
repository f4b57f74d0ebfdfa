package org.guanxi.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.guanxi.bulk.internal.ImportRun;
import org.guanxi.bulk.internal.StoreFiles;
import org.guanxi.bulk.internal.StoreImport;
import org.guanxi.core.GuanxiSettings;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;
import org.guanxi.graph.EmbeddedModeCondition;
import org.guanxi.graph.EmbeddedNeo4jProperties;
import org.guanxi.graph.EmbeddedStore;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code import --initial DIR}: the first load of a book into an empty embedded database at the speed of
 * Neo4j's bulk importer. Runs while Guanxi is stopped: checks that the database holds nothing, validates the book
 * exactly as the transactional import does (nothing is written when it has errors), writes the rows as the
 * importer's files, lets the importer write the store, then starts Guanxi on it, which creates the schema, and
 * finishes what the transactional import derives ({@link InitialLoadFinish}).
 */
final class InitialLoad {

	/** Starts the application and runs a step in it; returns the exit status. */
	interface WithApplication {

		int run(BulkCommands.Command step);

	}

	private final List<String> springArgs;

	private final PrintStream out;

	private final PrintStream err;

	private final Locale locale;

	InitialLoad(List<String> springArgs, PrintStream out, PrintStream err, Locale locale) {
		this.springArgs = springArgs;
		this.out = out;
		this.err = err;
		this.locale = locale;
	}

	int run(Path dir, ImportOptions options, ImportListener listener, WithApplication application) throws IOException {
		long start = System.nanoTime();
		StandardEnvironment environment = environment();
		if (!EmbeddedModeCondition.isEmbedded(environment)) {
			return fail(Text.of("cli.initial.external"));
		}
		Binder binder = Binder.get(environment);
		EmbeddedNeo4jProperties embedded = binder.bindOrCreate("guanxi.embedded", EmbeddedNeo4jProperties.class);
		ZoneId zone = binder.bindOrCreate("guanxi", GuanxiSettings.class).timeZone();
		int batchSize = binder.bindOrCreate("guanxi.bulk", BulkProperties.class).batchSize();
		EmbeddedStore store = new EmbeddedStore(embedded.dataDir());
		long stored;
		try {
			stored = store.nodesBesidesSchema();
		}
		catch (EmbeddedStore.StoreInUse ex) {
			return fail(Text.of("cli.initial.inUse", store.home()));
		}
		if (stored > 0) {
			return fail(Text.of("cli.initial.notEmpty", store.home(), stored));
		}
		Path work = Files.createTempDirectory("guanxi-initial-");
		try {
			return load(dir, options, listener, application, start, zone, batchSize, store, work);
		}
		finally {
			delete(work);
		}
	}

	private int load(Path dir, ImportOptions options, ImportListener listener, WithApplication application, long start,
			ZoneId zone, int batchSize, EmbeddedStore store, Path work) {
		CsvSource source = CsvSource.folder(dir);
		boolean restoring = BulkImporter.hasRows(source, BulkFile.RELATIONSHIP_HISTORY);
		OffsetDateTime now = OffsetDateTime.now(Clock.system(zone));
		ImportSummary checked;
		StoreFiles files = new StoreFiles(work, now, restoring);
		try (files) {
			checked = new ImportRun(source, options, batchSize, 1, zone, files, null, listener).writingWhileChecking().run();
		}
		long validated = System.nanoTime();
		if (!checked.written()) {
			this.out.print(checked.describe(this.locale));
			return checked.ok() ? 0 : 1;
		}
		StoreImport.run(store.home(), files, work);
		long imported = System.nanoTime();
		return application.run(context -> {
			BulkExporter exporter = context.getBean(BulkExporter.class);
			for (String ignored : CsvSource.unknownFiles(dir)) {
				this.out.println(say(Text.of(exporter.isReport(ignored) ? "cli.ignoringReport" : "cli.ignoringFile",
						ignored)));
			}
			long started = System.nanoTime();
			context.getBean(InitialLoadFinish.class).finish(restoring);
			long end = System.nanoTime();
			ImportSummary summary = new ImportSummary(false, true, checked.files(), checked.errors(),
					checked.errorCount(), (end - start) / 1_000_000);
			this.out.print(summary.describe(this.locale));
			this.out.println(say(Text.of("cli.initial.phases", seconds(validated - start), seconds(imported - validated),
					seconds(started - imported), seconds(end - started))));
			return summary.ok() ? 0 : 1;
		});
	}

	private StandardEnvironment environment() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(this.springArgs.toArray(String[]::new)));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

	private int fail(Text text) {
		this.err.println(say(text));
		return 1;
	}

	private String say(Text text) {
		return Messages.text(text, this.locale);
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
