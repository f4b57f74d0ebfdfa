package org.guanxi.referral;

import java.time.Duration;
import java.util.Map;

import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations and channels through GraphQL: upserts, lists, deletes, and {@code referralSource(id)}.
 */
class ReferralSourceGraphQlTests extends ReferralTestBase {

	@Test
	void upsertOrganizationCreatesWithGeneratedIdThenUpdatesOnlyGivenFields() {
		var created = upsertOrganization(Map.of("name", " 车管所 Vehicle Office ", "kind", "GOVERNMENT_OFFICE"));
		created.path("upsertOrganization.name").entity(String.class).isEqualTo("车管所 Vehicle Office");
		created.path("upsertOrganization.kind").entity(String.class).isEqualTo("GOVERNMENT_OFFICE");
		created.path("upsertOrganization.createdAt").entity(String.class).isEqualTo("2026-11-23T10:00+08:00");
		created.path("upsertOrganization.referred").entityList(Object.class).hasSize(0);
		String id = created.path("upsertOrganization.id").entity(String.class).get();
		assertThat(id).startsWith("org-");

		this.clock.advance(Duration.ofDays(1));
		upsertOrganization(Map.of("id", id, "kind", "OTHER"))
			.path("upsertOrganization.name")
			.entity(String.class)
			.isEqualTo("车管所 Vehicle Office")
			.path("upsertOrganization.kind")
			.entity(String.class)
			.isEqualTo("OTHER")
			.path("upsertOrganization.createdAt")
			.entity(String.class)
			.isEqualTo("2026-11-23T10:00+08:00");
		assertThat(TestNeo4j.count("MATCH (o:Organization {id: $id}) RETURN count(o)", Map.of("id", id))).isEqualTo(1);
	}

	@Test
	void upsertChannelWithGivenIdThenRenames() {
		upsertChannel(Map.of("id", "ch-radio", "name", "交通广播 Traffic Radio", "kind", "MEDIA"))
			.path("upsertChannel.id")
			.entity(String.class)
			.isEqualTo("ch-radio")
			.path("upsertChannel.kind")
			.entity(String.class)
			.isEqualTo("MEDIA");
		upsertChannel(Map.of("id", "ch-radio", "name", "FM 91.8"))
			.path("upsertChannel.name")
			.entity(String.class)
			.isEqualTo("FM 91.8")
			.path("upsertChannel.kind")
			.entity(String.class)
			.isEqualTo("MEDIA");
		String generated = upsertChannel(Map.of("name", "Yellow pages", "kind", "OTHER"))
			.path("upsertChannel.id")
			.entity(String.class)
			.get();
		assertThat(generated).startsWith("ch-");
	}

	@Test
	void listsOrganizationsAndChannelsByNameWithTheirReferrals() {
		var result = this.graphQl.documentName("referralSources").execute();
		result.path("organizations[*].id").entityList(String.class).containsExactly("org-pa", "org-assoc");
		result.path("organizations[0].name").entity(String.class).isEqualTo("平安保险 Ping An Insurance");
		result.path("organizations[0].kind").entity(String.class).isEqualTo("INSURER");
		result.path("organizations[0].referred[*].target.id").entityList(String.class).containsExactly("p-wang", "acc-yd");
		result.path("organizations[0].referred[*].target.__typename")
			.entityList(String.class)
			.containsExactly("Person", "Account");
		result.path("organizations[0].referred[*].at").entityList(String.class).containsExactly("2026-02-01", "2026-03-01");
		result.path("organizations[0].referred[1].note").entity(String.class).isEqualTo("理赔合作 claims partner");
		result.path("organizations[0].referred[0].target.referred[*].target.id").entityList(String.class).containsExactly("p-li");
		result.path("organizations[0].referred[1].target.referred[*].target.id").entityList(String.class).containsExactly("acc-lt");
		result.path("organizations[0].referred[1].target.referredBy[*].source.id").entityList(String.class).containsExactly("org-pa");
		result.path("organizations[1].referred").entityList(Object.class).hasSize(0);
		result.path("channels[*].id").entityList(String.class).containsExactly("ch-web", "ch-expo");
		result.path("channels[1].kind").entity(String.class).isEqualTo("EVENT");
		result.path("channels[1].referred[0].target.name").entity(String.class).isEqualTo("城东公交 Chengdong Bus");
		result.path("channels[1].referred[0].at").entity(String.class).isEqualTo("2026-09-15");
	}

	@Test
	void rejectsBadSourceInputWithoutWriting() {
		expectBadRequest(upsertOrganization(Map.of("id", "org-x", "name", "  ", "kind", "INSURER")),
				"name must not be blank");
		expectBadRequest(upsertOrganization(Map.of("id", "org-x", "kind", "INSURER")),
				"name is required to create organisation 'org-x'");
		expectBadRequest(upsertOrganization(Map.of("id", "org-x", "name", "人保 PICC")),
				"kind is required to create organisation 'org-x'");
		expectBadRequest(upsertChannel(Map.of("id", "ch-x")),
				"name and kind are required to create channel 'ch-x'");
		expectBadRequest(upsertChannel(Map.of("id", "ch-web", "name", "")), "name must not be blank");
		expectBadRequest(this.graphQl.documentName("upsertOrganizationOfUnknownKind").execute(),
				"BANK", "Allowed values of OrganizationKind: INSURER, GOVERNMENT_OFFICE, ASSOCIATION, PARTNER_COMPANY, OTHER");
		expectBadRequest(this.graphQl.documentName("upsertChannelOfUnknownKind").execute(),
				"TIKTOK", "Allowed values of ChannelKind: MEDIA, EVENT, WALK_IN, WEBSITE, DIRECT_MAIL, OTHER");
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['org-x', 'ch-x'] RETURN count(n)")).isZero();
		assertThat(TestNeo4j.count("MATCH (c:Channel {id: 'ch-web', name: '官网 Website'}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void deleteOrganizationRefusedWithReferralsUnlessCascade() {
		expectBadRequest(delete("deleteOrganization", "org-pa", null),
				"'org-pa' still has 2 referral(s)", "cascade: true");
		assertThat(TestNeo4j.count("MATCH (:Organization {id: 'org-pa'})-[r:REFERRED]->() RETURN count(r)")).isEqualTo(2);

		delete("deleteOrganization", "org-pa", true)
			.path("deleteOrganization.id")
			.entity(String.class)
			.isEqualTo("org-pa")
			.path("deleteOrganization.removed")
			.entityList(String.class)
			.containsExactly("2 referral(s)");
		assertThat(TestNeo4j.count("MATCH (o:Organization {id: 'org-pa'}) RETURN count(o)")).isZero();
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['acc-yd', 'p-wang'] RETURN count(n)")).isEqualTo(2);
		assertThat(referralCount()).isEqualTo(4);

		delete("deleteOrganization", "org-assoc", null)
			.path("deleteOrganization.removed")
			.entityList(String.class)
			.hasSize(0);
		assertThat(TestNeo4j.count("MATCH (o:Organization) RETURN count(o)")).isZero();
	}

	@Test
	void deleteChannelRefusedWithReferralsUnlessCascade() {
		expectBadRequest(delete("deleteChannel", "ch-expo", false),
				"channel 'ch-expo' still has 1 referral(s)");
		assertThat(TestNeo4j.count("MATCH (c:Channel {id: 'ch-expo'})-[:REFERRED]->() RETURN count(c)")).isEqualTo(1);
		delete("deleteChannel", "ch-expo", true)
			.path("deleteChannel.removed")
			.entityList(String.class)
			.containsExactly("1 referral(s)");
		delete("deleteChannel", "ch-web", null)
			.path("deleteChannel.id")
			.entity(String.class)
			.isEqualTo("ch-web");
		assertThat(TestNeo4j.count("MATCH (c:Channel) RETURN count(c)")).isZero();
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-cd'})<-[r:REFERRED]-() RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void deletingUnknownSourcesIsNotFound() {
		expectNotFound(delete("deleteOrganization", "org-nope", null), "Organization 'org-nope' does not exist");
		expectNotFound(delete("deleteChannel", "ch-nope", true), "Channel 'ch-nope' does not exist");
	}

	@Test
	void referralSourceResolvesEachKindByItsId() {
		source("org-pa").path("referralSource.__typename").entity(String.class).isEqualTo("Organization")
			.path("referralSource.kind").entity(String.class).isEqualTo("INSURER");
		source("ch-expo").path("referralSource.__typename").entity(String.class).isEqualTo("Channel")
			.path("referralSource.name").entity(String.class).isEqualTo("车展 Auto Expo")
			.path("referralSource.channelKind").entity(String.class).isEqualTo("EVENT");
		source("p-wang").path("referralSource.__typename").entity(String.class).isEqualTo("Person")
			.path("referralSource.title").entity(String.class).isEqualTo("车队长")
			.path("referralSource.buyingRoles").entityList(String.class).containsExactly("DECIDER");
		source("acc-yd").path("referralSource.__typename").entity(String.class).isEqualTo("Account")
			.path("referralSource.lifecycle").entity(String.class).isEqualTo("RETAINED")
			.path("referralSource.referredBy[*].source.id").entityList(String.class).containsExactly("org-pa");
	}

	@Test
	void referralSourceUnknownIsNotFoundAndSharedIdIsAmbiguous() {
		expectNotFound(source("nobody"),
				"Referral source 'nobody' does not exist: no account, person, organisation or channel has this id");
		TestNeo4j.run("CREATE (:Channel {id: 'org-pa', name: '抖音 Douyin', kind: 'MEDIA'})");
		expectBadRequest(source("org-pa"), "'org-pa' is ambiguous",
				"Organization '平安保险 Ping An Insurance' (org-pa)", "Channel '抖音 Douyin' (org-pa)");
	}

	private GraphQlTester.Response source(String id) {
		return this.graphQl.documentName("referralSource").variable("id", id).execute();
	}

	private GraphQlTester.Response upsertOrganization(Map<String, Object> input) {
		return this.graphQl.documentName("upsertOrganization").variable("input", input).execute();
	}

	private GraphQlTester.Response upsertChannel(Map<String, Object> input) {
		return this.graphQl.documentName("upsertChannel").variable("input", input).execute();
	}

}
