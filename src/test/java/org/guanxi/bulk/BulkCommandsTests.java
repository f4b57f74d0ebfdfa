package org.guanxi.bulk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guanxi.GuanxiApplication;
import org.guanxi.core.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BulkCommandsTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs a command in English, as the assertions read. */
	int run(String... args) {
		return runIn("en", args);
	}

	int runIn(String language, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--lang", language));
		return BulkCommands.run(GuanxiApplication.class, all.toArray(String[]::new),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void theCommandsSpeakLangElseTheOperatorsLocaleElseGuanxiLocale() {
		List<String> args = new ArrayList<>(List.of("help", "--lang", "en"));
		assertThat(BulkCommands.language(args, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.ENGLISH);
		assertThat(args).containsExactly("help");
		assertThat(BulkCommands.language(new ArrayList<>(List.of("help", "--lang=zh-CN")), Map.of("LANG", "en_US.UTF-8")))
			.isEqualTo(Messages.CHINESE);
		assertThat(BulkCommands.language(new ArrayList<>(List.of("help")), Map.of("LANG", "en_US.UTF-8")))
			.isEqualTo(Locale.ENGLISH);
		assertThat(BulkCommands.language(new ArrayList<>(List.of("help")), Map.of("LANG", "zh_CN.UTF-8")))
			.isEqualTo(Messages.CHINESE);
		// CI: no LANG, or LANG=C: the setting guanxi.locale, Chinese by default
		assertThat(BulkCommands.language(new ArrayList<>(List.of("help")), Map.of())).isEqualTo(Messages.CHINESE);
		assertThat(BulkCommands.language(new ArrayList<>(List.of("help")), Map.of("LANG", "C"))).isEqualTo(Messages.CHINESE);
		assertThat(BulkCommands.language(new ArrayList<>(List.of("help")), Map.of("LANG", "C", "GUANXI_LOCALE", "en")))
			.isEqualTo(Locale.ENGLISH);
		assertThat(BulkCommands.language(new ArrayList<>(List.of("export", "d", "--guanxi.locale=en")), Map.of()))
			.isEqualTo(Locale.ENGLISH);
	}

	@Test
	void helpAndUsageErrorsInChinese() {
		assertThat(runIn("zh-CN", "help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("用法：java -jar guanxi.jar")
			.contains("import [--initial] [--dry-run] [--skip-invalid] DIR");
		assertThat(runIn("zh-CN", "generate", "--accounts", "40")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("generate 需要 --accounts N 和 --seed S。");
	}

	@Test
	void helpAndUnknownCommandPrintUsage() {
		assertThat(run("help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("import [--initial] [--dry-run] [--skip-invalid] DIR");
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'frobnicate'")
			.contains("generate --accounts N --seed S");
		assertThat(BulkCommands.isCommand(new String[] { "--server.port=9000" })).isFalse();
		assertThat(BulkCommands.isCommand(new String[] { "export", "x" })).isTrue();
	}

	@Test
	void generateWritesTheSameFilesForTheSameSeed(@TempDir Path tmp) throws Exception {
		assertThat(run("generate", "--accounts", "40", "--seed", "5", "--as-of", "2026-11-23", tmp.resolve("a").toString()))
			.isZero();
		assertThat(run("generate", "--accounts=40", "--seed=5", "--as-of=2026-11-23", tmp.resolve("b").toString()))
			.isZero();
		for (BulkFile file : BulkFile.values()) {
			assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file.fileName())))
				.isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file.fileName())));
		}
		assertThat(Files.readAllLines(tmp.resolve("a/accounts.csv"))).hasSize(41);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Generated 40 accounts (seed 5, as of 2026-11-23)");
	}

	@Test
	void generateWithoutAsOfWritesTheBookOfTheFixedDayTheHelpStates(@TempDir Path tmp) throws Exception {
		assertThat(run("help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("--as-of defaults to the fixed day 2026-11-23");
		assertThat(run("generate", "--accounts", "30", "--seed", "42", tmp.resolve("default").toString())).isZero();
		assertThat(run("generate", "--accounts", "30", "--seed", "42", "--as-of", "2026-11-23",
				tmp.resolve("fixed").toString()))
			.isZero();
		for (BulkFile file : BulkFile.values()) {
			assertThat(Files.readAllBytes(tmp.resolve("default").resolve(file.fileName())))
				.as(file.fileName())
				.isEqualTo(Files.readAllBytes(tmp.resolve("fixed").resolve(file.fileName())));
		}
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Generated 30 accounts (seed 42, as of 2026-11-23)");
		assertThat(run("generate", "--accounts", "30", "--seed", "42", "--as-of", "today", tmp.resolve("today").toString()))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("as of " + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void generateWithoutSeedIsAUsageError(@TempDir Path tmp) {
		assertThat(run("generate", "--accounts", "40", tmp.toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("generate needs --accounts N and --seed S.");
		assertThat(run("import", tmp.resolve("missing").toString())).isEqualTo(2);
	}

}
