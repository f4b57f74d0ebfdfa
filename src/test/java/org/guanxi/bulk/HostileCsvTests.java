package org.guanxi.bulk;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphFingerprint;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV path under hostile input: bad cells refused with file, line and column and a short quote, two parts of
 * the same file refused, one import at a time, and formulas neutralised in the reports only.
 */
class HostileCsvTests extends GraphQlTestBase {

	private static final String HEADER = String.join(",", BulkFile.ACCOUNTS.columns()) + "\n";

	@LocalServerPort
	int port;

	@Autowired
	BulkImporter importer;

	@Autowired
	BulkExporter exporter;

	@Autowired
	ImportLock lock;

	WebTestClient http;

	@BeforeEach
	void client() {
		this.http = http();
	}

	private static ByteArrayResource file(String name, String text) {
		return new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

	private WebTestClient.ResponseSpec post(MultipartBodyBuilder parts) {
		return this.http.post()
			.uri("/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange();
	}

	private static String account(String id, String name) {
		String[] cells = new String[BulkFile.ACCOUNTS.columns().size()];
		java.util.Arrays.fill(cells, "");
		cells[0] = id;
		cells[1] = name;
		return String.join(",", cells) + "\n";
	}

	@Test
	void badCellsAreRefusedWithFileLineColumnAndAShortQuote() {
		List<Object> before = GraphFingerprint.take();
		String longName = "n".repeat(501);
		String longId = "i".repeat(201);
		String hugeCell = "\"" + "h".repeat(70_000) + "\"";
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("files", file("accounts.csv",
				HEADER + account("acc-1", longName) + account(longId, "Fine") + account("acc-3", hugeCell)));
		parts.part("files", file("deals.csv", String.join(",", BulkFile.DEALS.columns()) + "\n"
				+ deal("d-1", "acc-1", "1e308", "2026-01-01") + deal("d-2", "acc-1", "5", "+999999999-01-01")
				+ deal("d-3", "acc-1", "x".repeat(1000), "2026-01-01")));
		String body = post(parts).expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).contains("\"file\":\"accounts.csv\"")
			.contains("at most 500 are allowed")
			.contains("at most 200 are allowed")
			.contains("at most 65536 are allowed in any cell")
			.contains("10^15")
			.contains("1900 and 2200")
			.contains("... (1000 characters)")
			.doesNotContain("x".repeat(201));
		assertThat(GraphFingerprint.take()).isEqualTo(before);
	}

	private static String deal(String id, String account, String amount, String openedAt) {
		Map<String, String> values = Map.of("id", id, "account", account, "accountId", account, "name", "Deal " + id,
				"amount", amount, "status", "OPEN", "openedAt", openedAt);
		return String.join(",", BulkFile.DEALS.columns().stream().map(c -> values.getOrDefault(c, "")).toList()) + "\n";
	}

	@Test
	void twoPartsOfTheSameFileAreRefused() {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("files", file("accounts.csv", HEADER + account("acc-1", "One")));
		parts.part("files", file("accounts.csv", HEADER + account("acc-2", "Two")));
		post(parts).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.value(m -> assertThat((String) m).contains("accounts.csv").contains("more than once"));
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isZero();
	}

	@Test
	void aSecondImportWhileOneRunsIsRefusedOverHttpAndInProcess() {
		try (ImportLock.Held running = this.lock.take()) {
			MultipartBodyBuilder parts = new MultipartBodyBuilder();
			parts.part("files", file("accounts.csv", HEADER + account("acc-1", "One")));
			post(parts).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.message")
				.value(m -> assertThat((String) m).startsWith("An import is running (started at 2026-"));
			assertThatThrownBy(() -> this.importer.importFrom(CsvSource.folder(BulkImportTests.EXAMPLE),
					new ImportOptions(false, false))).isInstanceOf(ImportRunning.class);
			assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isZero();
		}
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("files", file("accounts.csv", HEADER + account("acc-1", "One")));
		post(parts).expectStatus().isOk();
		assertThat(TestNeo4j.count("MATCH (l:ImportLock) RETURN count(l)")).isZero();
	}

	@Test
	void aLockLeftByAKilledImportIsTakenOverOnceStale() {
		TestNeo4j.run("CREATE (:ImportLock {id: 'import', owner: 'gone', startedAt: $at, heartbeatAt: $at})",
				Map.of("at", OffsetDateTime.now(this.clock).minusMinutes(5)));
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("files", file("accounts.csv", HEADER + account("acc-1", "One")));
		post(parts).expectStatus().isOk();
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void formulasAreNeutralisedInReportsButBookFilesStayFaithful() {
		TestNeo4j.run("CREATE (:Account {id: 'acc-evil', name: '=HYPERLINK(\"http://evil/\",\"click\")', lifecycle: 'RETAINED',"
				+ " signed: true, vip: false}), (:Account {id: 'acc-minus', name: '-1+2', lifecycle: 'POTENTIAL', signed: false, vip: false})");
		String report = this.http.get().uri("/export/abc_analysis.csv").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(report).contains("acc-evil,\"'=HYPERLINK(\"\"http://evil/\"\",\"\"click\"\")\",0,0,")
			.contains("acc-minus,'-1+2,0,0,");
		String book = this.http.get().uri("/export/accounts.csv").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(book).contains("acc-evil,\"=HYPERLINK(\"\"http://evil/\"\",\"\"click\"\")\",").contains("acc-minus,-1+2,");
	}

}
