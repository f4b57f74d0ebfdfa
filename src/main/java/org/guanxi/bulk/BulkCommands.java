package org.guanxi.bulk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of Guanxi: {@code import}, {@code export}, {@code generate} and {@code help}, run instead of
 * the server when the first argument is a command. Import and export start the application without its web
 * server and without demo data; generate needs no database.
 */
public final class BulkCommands {

	private static final Set<String> COMMANDS = Set.of("import", "export", "generate", "help");

	static final String USAGE = """
			Usage: java -jar guanxi.jar [COMMAND ARGS] [--spring.property=value ...]
			Without a command, the GraphQL server starts.

			Commands:
			  import [--dry-run] [--skip-invalid] DIR
			      Load the CSV files of DIR (accounts.csv, people.csv, ... see docs/import.md) into the
			      configured database. --dry-run validates and writes nothing; --skip-invalid writes the
			      valid rows even when some rows have errors.
			  export DIR
			      Write every entity and tie (and the reports) as CSV files into DIR.
			  generate --accounts N --seed S [--as-of YYYY-MM-DD|today] [--deals D] [--interactions I] DIR
			      Write a realistic synthetic book of N accounts into DIR (no database needed), dated up to
			      the as-of day. --as-of defaults to the fixed day 2026-11-23, so the same seed writes the
			      same files on any day; --as-of today dates the book up to today.
			  user add|list|reset-password ...
			      Manage the users who may sign in (java -jar guanxi.jar user help).
			  help
			      Show this text.
			Exit status: 0 on success, 1 when the input had errors, 2 on a usage error.
			""";

	/** The as-of day of {@code generate} when none is given: fixed, so that a seed gives the same book any day. */
	static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);

	private BulkCommands() {
	}

	/** Whether the arguments ask for a command rather than the server. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Runs the command of the arguments; returns the exit status.
	 * @param application the Spring application class, started for commands that need the database
	 */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		String command = args[0];
		if (!COMMANDS.contains(command)) {
			err.println("Unknown command '" + command + "'.");
			err.print(USAGE);
			return 2;
		}
		List<String> own = new ArrayList<>();
		List<String> spring = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			(args[i].startsWith("--") && args[i].contains("=") ? spring : own)
				.add(args[i]);
		}
		try {
			return switch (command) {
				case "help" -> {
					out.print(USAGE);
					yield 0;
				}
				case "generate" -> {
					try {
						yield generate(new ArrayList<>(Arrays.asList(args).subList(1, args.length)), out);
					}
					catch (java.io.IOException ex) {
						err.println("Failed: " + ex.getMessage());
						yield 1;
					}
				}
				case "import" -> {
					boolean dryRun = own.remove("--dry-run");
					boolean skipInvalid = own.remove("--skip-invalid");
					Path dir = folder(own, true);
					if (Arrays.stream(BulkFile.values()).noneMatch(f -> Files.isRegularFile(dir.resolve(f.fileName())))) {
						err.println("No book file in " + dir + "; expected some of " + String.join(", ", BulkFile.fileNames()));
						yield 1;
					}
					yield withApplication(application, spring,
							context -> importFolder(context, dir, new ImportOptions(dryRun, skipInvalid), out));
				}
				default -> {
					Path dir = folder(own, false);
					yield withApplication(application, spring, context -> export(context, dir, out));
				}
			};
		}
		catch (UsageError ex) {
			err.println(ex.getMessage());
			err.print(USAGE);
			return 2;
		}
	}

	private interface Command {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

	private static int withApplication(Class<?> application, List<String> springArgs, Command command) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("guanxi.demo-data.enabled", "false", "logging.level.root", "WARN",
				"logging.level.org.guanxi", "WARN"));
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			return command.run(context);
		}
		catch (UsageError ex) {
			throw ex;
		}
		catch (Exception ex) {
			System.err.println("Failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int importFolder(ConfigurableApplicationContext context, Path dir, ImportOptions options,
			PrintStream out) throws Exception {
		BulkExporter exporter = context.getBean(BulkExporter.class);
		for (String ignored : CsvSource.unknownFiles(dir)) {
			out.println("Ignoring " + ignored + (exporter.isReport(ignored) ? " (a report)" : " (not a book file)"));
		}
		Progress progress = System.console() != null ? new Progress(out) : null;
		ImportSummary summary = context.getBean(BulkImporter.class)
			.importFolder(dir, options,
					progress == null ? ImportListener.NONE : progress);
		if (progress != null) {
			progress.clear();
		}
		out.print(summary.describe());
		return summary.ok() ? 0 : 1;
	}

	private static int export(ConfigurableApplicationContext context, Path dir, PrintStream out) throws Exception {
		long start = System.nanoTime();
		Map<String, Long> written = context.getBean(BulkExporter.class).exportFolder(dir);
		written.forEach((file, rows) -> out.printf("%-22s %9d rows%n", file, rows));
		out.printf("Exported to %s in %.1f s%n", dir.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1e9);
		return 0;
	}

	private static int generate(List<String> args, PrintStream out) throws java.io.IOException {
		Integer accounts = null;
		Long seed = null;
		LocalDate asOf = DEFAULT_AS_OF;
		double deals = 3;
		double interactions = 10;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.startsWith("--") && value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageError(name + " needs a value.");
				}
				value = args.get(++i);
			}
			try {
				switch (name) {
					case "--accounts" -> accounts = Integer.parseInt(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--as-of" -> asOf = "today".equals(value) ? LocalDate.now(ZoneId.of("Asia/Shanghai"))
							: LocalDate.parse(value);
					case "--deals" -> deals = Double.parseDouble(value);
					case "--interactions" -> interactions = Double.parseDouble(value);
					default -> {
						if (name.startsWith("--")) {
							throw new UsageError("Unknown option " + name + ".");
						}
						rest.add(arg);
					}
				}
			}
			catch (RuntimeException ex) {
				if (ex instanceof UsageError) {
					throw ex;
				}
				throw new UsageError("Bad value '" + value + "' for " + name + ".");
			}
		}
		if (accounts == null || seed == null) {
			throw new UsageError("generate needs --accounts N and --seed S.");
		}
		if (accounts < 1) {
			throw new UsageError("--accounts must be 1 or more.");
		}
		Path dir = folder(rest, false);
		long start = System.nanoTime();
		var options = new BookOptions(accounts, seed, asOf, ZoneId.of("Asia/Shanghai"), deals, interactions);
		Map<String, Long> rows = new BookGenerator(options).writeTo(dir);
		rows.forEach((file, count) -> out.printf("%-22s %9d rows%n", file, count));
		out.printf("Generated %d accounts (seed %d, as of %s) into %s in %.1f s%n", accounts, seed, asOf,
				dir.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1e9);
		return 0;
	}

	private static Path folder(List<String> args, boolean mustExist) {
		if (args.size() != 1 || args.get(0).startsWith("--")) {
			throw new UsageError(args.isEmpty() ? "Give the folder (DIR)." : "Unexpected arguments " + args + ".");
		}
		Path dir = Path.of(args.get(0));
		if (mustExist && !Files.isDirectory(dir)) {
			throw new UsageError("No folder " + dir.toAbsolutePath().normalize() + ".");
		}
		return dir;
	}

	private static final class UsageError extends RuntimeException {

		UsageError(String message) {
			super(message);
		}

	}

	/** A one-line progress bar with rows/s, redrawn at most 4 times a second. */
	private static final class Progress implements ImportListener {

		private final PrintStream out;

		private final long start = System.nanoTime();

		private long shown;

		private long total;

		private long last;

		private BulkFile file;

		private String phase;

		Progress(PrintStream out) {
			this.out = out;
		}

		@Override
		public void progress(BulkFile file, String phase, long rowsDone) {
			if (file != this.file || !phase.equals(this.phase)) {
				this.file = file;
				this.phase = phase;
				this.last = 0;
			}
			this.total += rowsDone - this.last;
			this.last = rowsDone;
			long now = System.nanoTime();
			if (now - this.shown < 250_000_000L) {
				return;
			}
			this.shown = now;
			double seconds = (now - this.start) / 1e9;
			this.out.printf("\r%-9s %-18s %,12d rows  %,10.0f rows/s   ", phase, file.fileName(), rowsDone,
					this.total / Math.max(seconds, 1e-3));
			this.out.flush();
		}

		void clear() {
			this.out.print("\r" + " ".repeat(80) + "\r");
		}

	}

}
