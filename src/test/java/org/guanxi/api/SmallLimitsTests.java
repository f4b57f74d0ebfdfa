package org.guanxi.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.RawGraphQl;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time limit of a request and the upload limit, set small so that a test can pass them: over either, the
 * request is refused with an error naming the setting, and nothing is written.
 */
@TestPropertySource(properties = { "guanxi.graphql.timeout=1ns", "spring.transaction.default-timeout=30s",
		"guanxi.embedded.transaction-timeout=30s", "guanxi.bulk.max-upload-size=4KB" })
class SmallLimitsTests extends GraphQlTestBase {

	@Test
	void aRequestOverItsTimeLimitIsRefusedAndWritesNothing() {
		RawGraphQl raw = new RawGraphQl(port(), this.token);
		RawGraphQl.Answer read = raw.post("{ accounts(first: 5) { totalCount } }");
		assertThat(read.classifications()).containsExactly("BAD_REQUEST");
		assertThat(read.messages().get(0)).contains("guanxi.graphql.timeout");
		assertThat(read.errors().get(0)).extracting("extensions").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("setting", "guanxi.graphql.timeout");

		RawGraphQl.Answer write = raw.post("mutation { upsertAccount(input: {id: \"acc-late\", name: \"Late\"}) { id } }");
		assertThat(write.classifications()).containsExactly("BAD_REQUEST");
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isZero();
	}

	@Test
	void anUploadOverTheLimitIsRefusedWith413AndWritesNothing() {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		StringBuilder csv = new StringBuilder("id,name\n");
		for (int i = 0; csv.length() < 8 * 1024; i++) {
			csv.append("acc-").append(i).append(",Account ").append(i).append('\n');
		}
		parts.part("files", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "accounts.csv";
			}
		});
		http().post()
			.uri("/import?lang=en")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody(Map.class)
			.value(body -> assertThat((String) body.get("message")).contains("guanxi.bulk.max-upload-size")
				.contains("Nothing was written"));
		assertThat(TestNeo4j.count("MATCH (a:Account) RETURN count(a)")).isZero();
	}

}
