package org.guanxi.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.guanxi.support.GraphQlTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the workspace page needs from the service: the page itself, its libraries from the jar (no CDN), the
 * printed schema for the console, and the team's settings through GraphQL.
 */
class WorkspaceServingTests extends GraphQlTestBase {

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@BeforeEach
	void client() {
		this.http = http().mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
	}

	@Test
	void servesThePageAndItsLibrariesFromTheJar() {
		String page = body("/", MediaType.TEXT_HTML);
		assertThat(page).contains("<script type=\"importmap\">", "/webjars/cytoscape/dist/cytoscape.esm.min.mjs",
				"/webjars/echarts/dist/echarts.esm.min.js", "/app/main.js")
			.doesNotContain("https://");
		assertThat(body("/webjars/cytoscape/dist/cytoscape.esm.min.mjs", MediaType.valueOf("text/javascript")))
			.contains("export");
		assertThat(body("/webjars/echarts/dist/echarts.esm.min.js", MediaType.valueOf("text/javascript")))
			.contains("export");
		assertThat(body("/console.html", MediaType.TEXT_HTML)).contains("/app/console.js").doesNotContain("https://");
		assertThat(body("/graphql/schema", MediaType.TEXT_PLAIN)).contains("type TeamSettings", "decisionChain(");
	}

	@Test
	void thePageAsksForEveryModuleAtOnce() throws IOException {
		String page = body("/", MediaType.TEXT_HTML);
		Path app = Path.of("src/main/resources/static/app");
		List<String> modules;
		try (Stream<Path> files = Files.walk(app)) {
			modules = files.filter(f -> f.toString().endsWith(".js"))
				.map(f -> "/app/" + app.relativize(f).toString().replace('\\', '/'))
				.filter(m -> !m.equals("/app/main.js") && !m.equals("/app/console.js"))
				.toList();
		}
		assertThat(modules).hasSizeGreaterThan(5)
			.allSatisfy(m -> assertThat(page).contains("<link rel=\"modulepreload\" href=\"" + m + "\">"));
	}

	@Test
	void browsersKeepThePageFilesAndAskWhetherTheyChanged() {
		for (String path : new String[] { "/app/main.js", "/webjars/echarts/dist/echarts.esm.min.js" }) {
			String lastModified = this.http.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.cacheControl(CacheControl.noCache())
				.returnResult(byte[].class)
				.getResponseHeaders()
				.getFirst(HttpHeaders.LAST_MODIFIED);
			assertThat(lastModified).as(path).isNotBlank();
			this.http.get()
				.uri(path)
				.header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectBody()
				.isEmpty();
		}
	}

	@Test
	void teamSettingsGiveTheTimeZoneCurrencyAndTodayThere() {
		// 2026-11-23 10:00 in Shanghai
		this.graphQl.documentName("teamSettings")
			.execute()
			.path("teamSettings.timeZone")
			.entity(String.class)
			.isEqualTo("Asia/Shanghai")
			.path("teamSettings.currency")
			.entity(String.class)
			.isEqualTo("CNY")
			.path("teamSettings.today")
			.entity(String.class)
			.isEqualTo("2026-11-23");
		// 23:30 UTC is already the next morning in Shanghai (UTC+8)
		this.clock.set(OffsetDateTime.parse("2026-11-23T23:30:00Z"));
		this.graphQl.documentName("teamSettings")
			.execute()
			.path("teamSettings.today")
			.entity(String.class)
			.isEqualTo("2026-11-24");
	}

	private String body(String path, MediaType type) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(type)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
