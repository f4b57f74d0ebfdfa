package org.guanxi.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.guanxi.GuanxiApplication;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /import, GET /export/{name}.csv and the import command line, end to end.
 */
class BulkHttpTests extends GraphQlTestBase {

	@LocalServerPort
	int port;

	WebTestClient http;

	@Autowired
	BulkImporter importer;

	@Autowired
	BulkExporter exporter;

	@BeforeEach
	void client() {
		this.http = http();
	}

	MultipartBodyBuilder exampleFiles() throws IOException {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		try (var files = Files.list(BulkImportTests.EXAMPLE)) {
			files.sorted().forEach(f -> parts.part("files", new FileSystemResource(f)));
		}
		return parts;
	}

	@Test
	void postImportAnswersTheSummaryAndGetExportStreamsAFile() throws IOException {
		this.http.post()
			.uri("/import?dryRun=true")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(exampleFiles().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dryRun").isEqualTo(true)
			.jsonPath("$.written").isEqualTo(false)
			.jsonPath("$.rowsRead").isEqualTo(42);
		assertThat(TestNeo4j.count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)")).isZero();

		this.http.post()
			.uri("/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(exampleFiles().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ok").isEqualTo(true)
			.jsonPath("$.created").isEqualTo(42)
			.jsonPath("$.nodesCreated").isEqualTo(24)
			.jsonPath("$.files[0].file").isEqualTo("accounts.csv")
			.jsonPath("$.files[0].created").isEqualTo(3);

		String accounts = this.http.get()
			.uri("/export/accounts.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(accounts).startsWith(String.join(",", BulkFile.ACCOUNTS.columns()) + "\n")
			.contains("acc-hengtong,恒通物流 Hengtong Logistics,logistics,PRIVATE,LARGE,120,MEDIUM,true,RETAINED,,A,PARTNER,"
					+ "true,,2024-03-01T09:00:00+08:00\n");
		assertThat(accounts.lines()).hasSize(4);
	}

	@Test
	void postImportWithErrorsAnswersBadRequestWithTheErrors() {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("accounts.csv", new ByteArrayResource("id,name\nacc-1,\n".getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "accounts.csv";
			}

		});
		this.http.post()
			.uri("/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.ok").isEqualTo(false)
			.jsonPath("$.errors[0].file").isEqualTo("accounts.csv")
			.jsonPath("$.errors[0].line").isEqualTo(2)
			.jsonPath("$.errors[0].column").isEqualTo("name")
			.jsonPath("$.errors[0].message").isEqualTo("name must not be blank.");

		MultipartBodyBuilder unknown = new MultipartBodyBuilder();
		unknown.part("f", new ByteArrayResource("x".getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "contacts.csv";
			}

		});
		this.http.post()
			.uri("/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(unknown.build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.value(m -> assertThat((String) m).startsWith("Unknown file(s) contacts.csv.").contains("reports_to.csv"));
	}

	/** Two files with a problem on each of their lines: a blank name, a size not allowed, an unknown account. */
	static void writeBookWithProblems(Path dir) throws IOException {
		Files.writeString(dir.resolve("accounts.csv"), "id,name,size\nacc-1,,LARGE\nacc-2,Beta,HUGE\n");
		Files.writeString(dir.resolve("people.csv"), "id,name,account\np-1,Wang,acc-none\n");
	}

	@Test
	void importProblemsInTheLanguageOfTheRequestWithTheSameFileLineAndColumn(@TempDir Path tmp) throws IOException {
		writeBookWithProblems(tmp);
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("files", new FileSystemResource(tmp.resolve("accounts.csv")));
		parts.part("files", new FileSystemResource(tmp.resolve("people.csv")));
		var body = parts.build();
		for (String language : java.util.List.of("en", "zh-CN")) {
			var answer = this.http.post()
				.uri("/import")
				.headers(headers -> headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, language))
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters.fromMultipartData(body))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errorCount").isEqualTo(3)
				.jsonPath("$.errors[*].file").isEqualTo(java.util.List.of("accounts.csv", "accounts.csv", "people.csv"))
				.jsonPath("$.errors[*].line").isEqualTo(java.util.List.of(2, 3, 2))
				.jsonPath("$.errors[*].column").isEqualTo(java.util.List.of("name", "size", "account"));
			answer.jsonPath("$.errors[*].message")
				.isEqualTo(language.equals("en")
						? java.util.List.of("name must not be blank.", "'HUGE' is not one of LARGE, MEDIUM, SMALL.",
								"no account has the id or name 'acc-none'; add it to its file or fix the spelling.")
						: java.util.List.of("name 不能为空。", "“HUGE”不是以下之一：LARGE、MEDIUM、SMALL。",
								"没有 id 或名称为“acc-none”的客户；请把它加入对应的文件，或改正拼写。"));
		}
		assertThat(TestNeo4j.count("MATCH (n:Account|Person) RETURN count(n)")).isZero();
	}

	@Test
	void importCommandReportsProblemsInItsLanguage(@TempDir Path tmp) throws IOException {
		writeBookWithProblems(tmp);
		for (String language : java.util.List.of("en", "zh-CN")) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int status = BulkCommands.run(GuanxiApplication.class,
					new String[] { "import", tmp.toString(), "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
							"--guanxi.embedded.enabled=false", "--lang", language },
					new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
			String printed = out.toString(StandardCharsets.UTF_8);
			assertThat(status).as(printed).isEqualTo(1);
			if (language.equals("en")) {
				assertThat(printed).contains("  accounts.csv, line 2, column name: name must not be blank.\n",
						"  accounts.csv, line 3, column size: 'HUGE' is not one of LARGE, MEDIUM, SMALL.\n",
						"  people.csv, line 2, column account: no account has the id or name 'acc-none'; add it to its "
								+ "file or fix the spelling.\n");
			}
			else {
				assertThat(printed).contains("  accounts.csv，第 2 行，name 列：name 不能为空。\n",
						"  accounts.csv，第 3 行，size 列：“HUGE”不是以下之一：LARGE、MEDIUM、SMALL。\n",
						"  people.csv，第 2 行，account 列：没有 id 或名称为“acc-none”的客户；请把它加入对应的文件，或改正拼写。\n");
			}
		}
		assertThat(TestNeo4j.count("MATCH (n:Account|Person) RETURN count(n)")).isZero();
	}

	@Test
	void unknownExportIsNotFoundListingTheNames() {
		String body = this.http.get()
			.uri("/export/contacts.csv")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).startsWith("No export named 'contacts.csv'; the exports are accounts.csv, reps.csv,")
			.endsWith("interactions.csv, deals.csv, assessments.csv, relationship_history.csv, audit_trail.csv, "
					+ "referral_sources.csv, "
					+ "abc_analysis.csv, overdue_accounts.csv.");
	}

	@Test
	void postingAnExportedFolderBackImportsTheBookFilesAndIgnoresTheReports(@TempDir Path tmp) throws IOException {
		this.importer.importFolder(BulkImportTests.EXAMPLE, ImportOptions.DEFAULT, ImportListener.NONE);
		this.exporter.exportFolder(tmp);
		TestNeo4j.cleanBook();
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		try (var files = Files.list(tmp)) {
			files.sorted().forEach(f -> parts.part("files", new FileSystemResource(f)));
		}
		assertThat(tmp.resolve("abc_analysis.csv")).exists();
		this.http.post()
			.uri("/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ok").isEqualTo(true)
			// the book's 42 rows and the 5 class changes of its history file (a backup restores its history)
			.jsonPath("$.created").isEqualTo(47)
			.jsonPath("$.files[*].file")
			.value(files -> assertThat(files).asInstanceOf(InstanceOfAssertFactories.LIST)
				.containsExactlyElementsOf(BulkFile.fileNames()));
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isEqualTo(3);
	}

	@Test
	void exportCommandWritesTheReportsAfterTheBookFilesAndImportCommandIgnoresThem(@TempDir Path tmp)
			throws IOException {
		this.importer.importFolder(BulkImportTests.EXAMPLE, ImportOptions.DEFAULT, ImportListener.NONE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
		String[] database = { "--spring.neo4j.uri=" + TestNeo4j.boltUri(), "--guanxi.embedded.enabled=false" };
		int exported = BulkCommands.run(GuanxiApplication.class,
				new String[] { "export", tmp.toString(), database[0], database[1], "--lang", "en" }, printer, System.err);
		assertThat(exported).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.containsPattern("deals.csv +3 rows\\Rassessments.csv +0 rows\\Rrelationship_history.csv +5 rows\\R"
					+ "audit_trail.csv +\\d+ rows\\Rreferral_sources.csv +3 rows\\Rabc_analysis.csv +3 rows\\R"
					+ "overdue_accounts.csv +\\d+ rows\\R");
		assertThat(Files.readAllLines(tmp.resolve("abc_analysis.csv"))).containsExactly(
				"accountId,accountName,revenue,share,cumulativeShare,abcClass",
				"acc-hengtong,恒通物流 Hengtong Logistics,360000,1,1,A", "acc-jinqiao,金桥出租汽车 Jinqiao Taxi,0,0,1,C",
				"acc-lvyuan,绿源环卫 Lvyuan Sanitation,0,0,1,C");
		// in Chinese: the reports' headers in Chinese, the book files' columns as always
		out.reset();
		Path chinese = tmp.resolveSibling(tmp.getFileName() + "-zh");
		assertThat(BulkCommands.run(GuanxiApplication.class,
				new String[] { "export", chinese.toString(), database[0], database[1], "--lang", "zh-CN" }, printer,
				System.err)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("已导出到");
		assertThat(Files.readAllLines(chinese.resolve("abc_analysis.csv"))).containsExactly(
				"客户 ID,客户名称,销售额,占比,累计占比,ABC 类别", "acc-hengtong,恒通物流 Hengtong Logistics,360000,1,1,A",
				"acc-jinqiao,金桥出租汽车 Jinqiao Taxi,0,0,1,C", "acc-lvyuan,绿源环卫 Lvyuan Sanitation,0,0,1,C");
		assertThat(Files.readAllLines(chinese.resolve("accounts.csv")).get(0))
			.isEqualTo(Files.readAllLines(tmp.resolve("accounts.csv")).get(0));
		assertThat(Files.readAllLines(chinese.resolve("overdue_accounts.csv")).get(0))
			.isEqualTo("客户 ID,客户名称,ABC 类别,最近拜访时间,距上次拜访天数,允许间隔天数,逾期天数");
		this.http.get()
			.uri("/export/abc_analysis.csv")
			.header("Accept-Language", "zh-CN")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(csv -> assertThat(csv).startsWith("客户 ID,客户名称,销售额,占比,累计占比,ABC 类别"));
		this.http.get()
			.uri("/export/abc_analysis.csv")
			.exchange()
			.expectBody(String.class)
			.value(csv -> assertThat(csv).startsWith("accountId,accountName,revenue,share,cumulativeShare,abcClass"));

		TestNeo4j.cleanBook();
		out.reset();
		int imported = BulkCommands.run(GuanxiApplication.class,
				new String[] { "import", tmp.toString(), database[0], database[1], "--lang", "en" }, printer, System.err);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(imported).as(printed).isZero();
		assertThat(printed).contains("Ignoring abc_analysis.csv (a report)", "Ignoring overdue_accounts.csv (a report)",
				"Ignoring referral_sources.csv (a report)");
		// the book's 24 nodes and the 5 class changes of its history file
		assertThat(TestNeo4j.count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)")).isEqualTo(29);
	}

	@Test
	void importCommandLoadsTheFolderIntoTheConfiguredDatabase() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = BulkCommands.run(GuanxiApplication.class,
				new String[] { "import", BulkImportTests.EXAMPLE.toString(), "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
						"--guanxi.embedded.enabled=false", "--lang", "en" },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(printed).isZero();
		assertThat(printed).contains("people.csv                 8         8         0         0         0");
		assertThat(TestNeo4j.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(8);
	}

}
