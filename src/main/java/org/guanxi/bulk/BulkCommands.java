package org.guanxi.bulk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guanxi.core.Messages;
import org.guanxi.core.Text;

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

	static int run(Class<?> application, String[] arguments, PrintStream out, PrintStream err) {
		List<String> all = new ArrayList<>(Arrays.asList(arguments));
		Locale locale = language(all, System.getenv());
		String[] args = all.toArray(String[]::new);
		String command = args[0];
		if (!COMMANDS.contains(command)) {
			err.println(say(Text.of("cli.unknownCommand", command), locale));
			err.print(usage(locale));
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
					out.print(usage(locale));
					yield 0;
				}
				case "generate" -> {
					try {
						yield generate(new ArrayList<>(Arrays.asList(args).subList(1, args.length)), out, locale);
					}
					catch (java.io.IOException ex) {
						err.println(say(Text.of("cli.failed", ex.getMessage()), locale));
						yield 1;
					}
				}
				case "import" -> {
					boolean dryRun = own.remove("--dry-run");
					boolean skipInvalid = own.remove("--skip-invalid");
					boolean initial = own.remove("--initial");
					Path dir = folder(own, true);
					if (Arrays.stream(BulkFile.values()).noneMatch(f -> Files.isRegularFile(dir.resolve(f.fileName())))) {
						err.println(say(Text.of("cli.noBookFile", dir, Text.list(BulkFile.fileNames())), locale));
						yield 1;
					}
					if (initial) {
						yield initialLoad(application, spring, dir, new ImportOptions(dryRun, skipInvalid), out, err,
								locale);
					}
					yield withApplication(application, spring,
							context -> importFolder(context, dir, new ImportOptions(dryRun, skipInvalid), out, locale), locale);
				}
				default -> {
					Path dir = folder(own, false);
					yield withApplication(application, spring, context -> export(context, dir, out, locale), locale);
				}
			};
		}
		catch (UsageError ex) {
			err.println(say(ex.text, locale));
			err.print(usage(locale));
			return 2;
		}
	}

	/**
	 * The language the commands speak: {@code --lang} (removed from the arguments), else the operator's locale
	 * ({@code LC_ALL}, then {@code LANG}), else {@code --guanxi.locale=} or {@code GUANXI_LOCALE}, else Chinese. A
	 * locale Guanxi does not speak ({@code C}, {@code POSIX}, unset) falls through to the next.
	 */
	static Locale language(List<String> args, Map<String, String> env) {
		Locale chosen = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--lang") && i + 1 < args.size()) {
				chosen = Messages.language(args.get(i + 1));
				args.subList(i, i + 2).clear();
				break;
			}
			if (arg.startsWith("--lang=")) {
				chosen = Messages.language(arg.substring("--lang=".length()));
				args.remove(i);
				break;
			}
		}
		String configured = args.stream()
			.filter(a -> a.startsWith("--guanxi.locale="))
			.map(a -> a.substring("--guanxi.locale=".length()))
			.findFirst()
			.orElse(env.get("GUANXI_LOCALE"));
		for (Locale candidate : Arrays.asList(chosen, Messages.language(env.get("LC_ALL")),
				Messages.language(env.get("LANG")), Messages.language(configured))) {
			if (candidate != null) {
				return candidate;
			}
		}
		return Messages.CHINESE;
	}

	private static String say(Text text, Locale locale) {
		return Messages.text(text, locale);
	}

	private static String usage(Locale locale) {
		return say(Text.of("cli.usage"), locale) + System.lineSeparator();
	}

	interface Command {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

	private static int withApplication(Class<?> application, List<String> springArgs, Command command,
			Locale locale) {
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
			System.err.println(say(Text.of("cli.failed", ex.getMessage()), locale));
			return 1;
		}
	}

	private static int initialLoad(Class<?> application, List<String> spring, Path dir, ImportOptions options,
			PrintStream out, PrintStream err, Locale locale) {
		Progress progress = System.console() != null ? new Progress(out) : null;
		try {
			return new InitialLoad(spring, out, err, locale).run(dir, options,
					progress == null ? ImportListener.NONE : progress,
					step -> withApplication(application, spring, context -> {
						if (progress != null) {
							progress.clear();
						}
						return step.run(context);
					}, locale));
		}
		catch (Exception ex) {
			err.println(say(Text.of("cli.failed", ex.getMessage()), locale));
			return 1;
		}
	}

	private static int importFolder(ConfigurableApplicationContext context, Path dir, ImportOptions options,
			PrintStream out, Locale locale) throws Exception {
		BulkExporter exporter = context.getBean(BulkExporter.class);
		for (String ignored : CsvSource.unknownFiles(dir)) {
			out.println(say(Text.of(exporter.isReport(ignored) ? "cli.ignoringReport" : "cli.ignoringFile", ignored),
					locale));
		}
		Progress progress = System.console() != null ? new Progress(out) : null;
		ImportSummary summary = context.getBean(BulkImporter.class)
			.importFolder(dir, options,
					progress == null ? ImportListener.NONE : progress);
		if (progress != null) {
			progress.clear();
		}
		out.print(summary.describe(locale));
		return summary.ok() ? 0 : 1;
	}

	private static int export(ConfigurableApplicationContext context, Path dir, PrintStream out, Locale locale)
			throws Exception {
		long start = System.nanoTime();
		Map<String, Long> written = context.getBean(BulkExporter.class).exportFolder(dir, locale);
		written.forEach((file, rows) -> out.println(say(Text.of("cli.rows", String.format("%-22s", file),
				String.format("%9d", rows)), locale)));
		out.println(say(Text.of("cli.exported", dir.toAbsolutePath().normalize(),
				String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)), locale));
		return 0;
	}

	private static int generate(List<String> args, PrintStream out, Locale locale) throws java.io.IOException {
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
					throw new UsageError(Text.of("cli.needsValue", name));
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
							throw new UsageError(Text.of("cli.unknownOption", name));
						}
						rest.add(arg);
					}
				}
			}
			catch (RuntimeException ex) {
				if (ex instanceof UsageError) {
					throw ex;
				}
				throw new UsageError(Text.of("cli.badValue", value, name));
			}
		}
		if (accounts == null || seed == null) {
			throw new UsageError(Text.of("cli.generateNeeds"));
		}
		if (accounts < 1) {
			throw new UsageError(Text.of("cli.accountsPositive"));
		}
		Path dir = folder(rest, false);
		long start = System.nanoTime();
		var options = new BookOptions(accounts, seed, asOf, ZoneId.of("Asia/Shanghai"), deals, interactions);
		Map<String, Long> rows = new BookGenerator(options).writeTo(dir);
		rows.forEach((file, count) -> out.println(say(Text.of("cli.rows", String.format("%-22s", file),
				String.format("%9d", count)), locale)));
		out.println(say(Text.of("cli.generated", accounts, seed, asOf, dir.toAbsolutePath().normalize(),
				String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)), locale));
		return 0;
	}

	private static Path folder(List<String> args, boolean mustExist) {
		if (args.size() != 1 || args.get(0).startsWith("--")) {
			throw new UsageError(args.isEmpty() ? Text.of("cli.giveFolder") : Text.of("cli.unexpected", args));
		}
		Path dir = Path.of(args.get(0));
		if (mustExist && !Files.isDirectory(dir)) {
			throw new UsageError(Text.of("cli.noFolder", dir.toAbsolutePath().normalize()));
		}
		return dir;
	}

	private static final class UsageError extends RuntimeException {

		private final Text text;

		UsageError(Text text) {
			super(text.toString());
			this.text = text;
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
