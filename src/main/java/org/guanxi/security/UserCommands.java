package org.guanxi.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.InvalidInput;
import org.guanxi.core.NotFound;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code user} commands, run on the server machine by its operator (an admin): {@code user add},
 * {@code user list}, {@code user reset-password}. Passwords are read from standard input (or prompted for on a
 * terminal), never taken from the command line.
 */
public final class UserCommands {

	static final String USAGE = """
			Usage: java -jar guanxi.jar user COMMAND [OPTIONS] [--spring.property=value ...]
			  user add --username NAME --role ADMIN|MANAGER|REP [--rep REP_ID]
			      Create a user; the password is read from standard input (prompted for twice on a terminal).
			  user list
			      List the users: username, role, rep, disabled, last sign-in.
			  user reset-password --username NAME
			      Set a new password (read like for add); the user's tokens are revoked.
			Exit status: 0 on success, 1 when refused (e.g. unknown rep, weak password), 2 on a usage error.
			""";

	private UserCommands() {
	}

	/** Whether the arguments ask for a {@code user} command. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && args[0].equals("user");
	}

	/** Runs the command; returns the exit status. */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.in, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, InputStream in, PrintStream out, PrintStream err) {
		List<String> own = new ArrayList<>();
		List<String> spring = new ArrayList<>();
		for (String arg : Arrays.asList(args).subList(1, args.length)) {
			(arg.startsWith("--spring.") || arg.startsWith("--guanxi.") || arg.startsWith("--logging.") ? spring : own)
				.add(arg);
		}
		String command = own.isEmpty() ? "" : own.remove(0);
		if (command.equals("help")) {
			out.print(USAGE);
			return 0;
		}
		Map<String, String> options;
		try {
			options = options(own);
			checkOptions(command, options);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		String password = null;
		if (!command.equals("list")) {
			try {
				password = readPassword(in, err);
			}
			catch (IOException | IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 1;
			}
		}
		String secret = password;
		return withApplication(application, spring, err, users -> switch (command) {
			case "add" -> {
				User user = users.create(new CreateUserInput(options.get("--username"), secret,
						role(options.get("--role")), options.get("--rep")));
				out.println("Created " + describe(user));
				yield 0;
			}
			case "reset-password" -> {
				User user = users.resetPassword(options.get("--username"), secret);
				out.println("New password set for " + user.username() + "; their tokens are revoked.");
				yield 0;
			}
			default -> {
				out.printf("%-24s %-8s %-16s %-9s %s%n", "USERNAME", "ROLE", "REP", "DISABLED", "LAST SIGN-IN");
				users.all().forEach(u -> out.printf("%-24s %-8s %-16s %-9s %s%n", u.username(), u.role(),
						u.repId() == null ? "-" : u.repId(), u.disabled(), u.lastSignIn() == null ? "-" : u.lastSignIn()));
				yield 0;
			}
		});
	}

	private interface Command {

		int run(UserService users);

	}

	private static int withApplication(Class<?> application, List<String> springArgs, PrintStream err,
			Command command) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("guanxi.demo-data.enabled", "false", "logging.level.root", "WARN",
				"logging.level.org.guanxi", "WARN", "logging.level.org.guanxi.security.AdminBootstrap", "INFO"));
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			return command.run(context.getBean(UserService.class));
		}
		catch (InvalidInput | NotFound ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			err.println("Failed: " + ex.getMessage());
			return 1;
		}
	}

	private static Map<String, String> options(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--password") || arg.startsWith("--password=")) {
				throw new IllegalArgumentException(
						"Passwords are not taken from the command line (others can read it); give it on standard input.");
			}
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "'.");
			}
			if (arg.contains("=")) {
				options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (i + 1 < args.size()) {
				options.put(arg, args.get(++i));
			}
			else {
				throw new IllegalArgumentException(arg + " needs a value.");
			}
		}
		return options;
	}

	private static void checkOptions(String command, Map<String, String> options) {
		List<String> allowed = switch (command) {
			case "add" -> List.of("--username", "--role", "--rep");
			case "reset-password" -> List.of("--username");
			case "list" -> List.of();
			default -> throw new IllegalArgumentException(
					command.isEmpty() ? "Give a user command." : "Unknown user command '" + command + "'.");
		};
		for (String option : options.keySet()) {
			if (!allowed.contains(option)) {
				throw new IllegalArgumentException("Unknown option " + option + " for user " + command + ".");
			}
		}
		if (!command.equals("list") && !options.containsKey("--username")) {
			throw new IllegalArgumentException("user " + command + " needs --username NAME.");
		}
		if (command.equals("add")) {
			if (!options.containsKey("--role")) {
				throw new IllegalArgumentException("user add needs --role ADMIN, MANAGER or REP.");
			}
			role(options.get("--role"));
		}
	}

	private static Role role(String value) {
		try {
			return Role.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--role must be ADMIN, MANAGER or REP, not '" + value + "'.");
		}
	}

	private static String readPassword(InputStream in, PrintStream err) throws IOException {
		Console console = System.console();
		if (console != null && in == System.in) {
			char[] first = console.readPassword("Password: ");
			char[] again = console.readPassword("Password again: ");
			if (first == null || again == null || !Arrays.equals(first, again)) {
				throw new IllegalArgumentException("The passwords differ; nothing changed.");
			}
			return new String(first);
		}
		String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
		if (line == null || line.isEmpty()) {
			throw new IllegalArgumentException("No password on standard input; pipe it in, e.g. "
					+ "'printf %s \"$PASSWORD\" | java -jar guanxi.jar user add ...'.");
		}
		return line;
	}

	private static String describe(User user) {
		return user.username() + " (" + user.role() + (user.repId() == null ? "" : ", rep " + user.repId()) + ")";
	}

}
