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
		var created = this.graphQl
			.document("mutation { upsertOrganization(input: {name: \" 车管所 Vehicle Office \", kind: GOVERNMENT_OFFICE}) "
					+ "{ id name kind createdAt referred { at } } }")
			.execute();
		created.path("upsertOrganization.name").entity(String.class).isEqualTo("车管所 Vehicle Office");
		created.path("upsertOrganization.kind").entity(String.class).isEqualTo("GOVERNMENT_OFFICE");
		created.path("upsertOrganization.createdAt").entity(String.class).isEqualTo("2026-11-23T10:00+08:00");
		created.path("upsertOrganization.referred").entityList(Object.class).hasSize(0);
		String id = created.path("upsertOrganization.id").entity(String.class).get();
		assertThat(id).startsWith("org-");

		this.clock.advance(Duration.ofDays(1));
		this.graphQl.document("mutation($id: ID) { upsertOrganization(input: {id: $id, kind: OTHER}) { name kind createdAt } }")
			.variable("id", id)
			.execute()
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
		this.graphQl.document("mutation { upsertChannel(input: {id: \"ch-radio\", name: \"交通广播 Traffic Radio\", kind: MEDIA}) { id name kind } }")
			.execute()
			.path("upsertChannel.id")
			.entity(String.class)
			.isEqualTo("ch-radio")
			.path("upsertChannel.kind")
			.entity(String.class)
			.isEqualTo("MEDIA");
		this.graphQl.document("mutation { upsertChannel(input: {id: \"ch-radio\", name: \"FM 91.8\"}) { name kind } }")
			.execute()
			.path("upsertChannel.name")
			.entity(String.class)
			.isEqualTo("FM 91.8")
			.path("upsertChannel.kind")
			.entity(String.class)
			.isEqualTo("MEDIA");
		String generated = this.graphQl.document("mutation { upsertChannel(input: {name: \"Yellow pages\", kind: OTHER}) { id } }")
			.execute()
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
		expectBadRequest("mutation { upsertOrganization(input: {id: \"org-x\", name: \"  \", kind: INSURER}) { id } }",
				"name must not be blank");
		expectBadRequest("mutation { upsertOrganization(input: {id: \"org-x\", kind: INSURER}) { id } }",
				"name is required to create organisation 'org-x'");
		expectBadRequest("mutation { upsertOrganization(input: {id: \"org-x\", name: \"人保 PICC\"}) { id } }",
				"kind is required to create organisation 'org-x'");
		expectBadRequest("mutation { upsertChannel(input: {id: \"ch-x\"}) { id } }",
				"name and kind are required to create channel 'ch-x'");
		expectBadRequest("mutation { upsertChannel(input: {id: \"ch-web\", name: \"\"}) { id } }", "name must not be blank");
		expectBadRequest("mutation { upsertOrganization(input: {id: \"org-x\", name: \"X\", kind: BANK}) { id } }",
				"BANK", "Allowed values of OrganizationKind: INSURER, GOVERNMENT_OFFICE, ASSOCIATION, PARTNER_COMPANY, OTHER");
		expectBadRequest("mutation { upsertChannel(input: {id: \"ch-x\", name: \"X\", kind: TIKTOK}) { id } }",
				"TIKTOK", "Allowed values of ChannelKind: MEDIA, EVENT, WALK_IN, WEBSITE, DIRECT_MAIL, OTHER");
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['org-x', 'ch-x'] RETURN count(n)")).isZero();
		assertThat(TestNeo4j.count("MATCH (c:Channel {id: 'ch-web', name: '官网 Website'}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void deleteOrganizationRefusedWithReferralsUnlessCascade() {
		expectBadRequest("mutation { deleteOrganization(id: \"org-pa\") { id } }",
				"'org-pa' still has 2 referral(s)", "cascade: true");
		assertThat(TestNeo4j.count("MATCH (:Organization {id: 'org-pa'})-[r:REFERRED]->() RETURN count(r)")).isEqualTo(2);

		this.graphQl.document("mutation { deleteOrganization(id: \"org-pa\", cascade: true) { id removed } }")
			.execute()
			.path("deleteOrganization.id")
			.entity(String.class)
			.isEqualTo("org-pa")
			.path("deleteOrganization.removed")
			.entityList(String.class)
			.containsExactly("2 referral(s)");
		assertThat(TestNeo4j.count("MATCH (o:Organization {id: 'org-pa'}) RETURN count(o)")).isZero();
		assertThat(TestNeo4j.count("MATCH (n) WHERE n.id IN ['acc-yd', 'p-wang'] RETURN count(n)")).isEqualTo(2);
		assertThat(referralCount()).isEqualTo(4);

		this.graphQl.document("mutation { deleteOrganization(id: \"org-assoc\") { id removed } }")
			.execute()
			.path("deleteOrganization.removed")
			.entityList(String.class)
			.hasSize(0);
		assertThat(TestNeo4j.count("MATCH (o:Organization) RETURN count(o)")).isZero();
	}

	@Test
	void deleteChannelRefusedWithReferralsUnlessCascade() {
		expectBadRequest("mutation { deleteChannel(id: \"ch-expo\", cascade: false) { id } }",
				"channel 'ch-expo' still has 1 referral(s)");
		assertThat(TestNeo4j.count("MATCH (c:Channel {id: 'ch-expo'})-[:REFERRED]->() RETURN count(c)")).isEqualTo(1);
		this.graphQl.document("mutation { deleteChannel(id: \"ch-expo\", cascade: true) { removed } }")
			.execute()
			.path("deleteChannel.removed")
			.entityList(String.class)
			.containsExactly("1 referral(s)");
		this.graphQl.document("mutation { deleteChannel(id: \"ch-web\") { id removed } }")
			.execute()
			.path("deleteChannel.id")
			.entity(String.class)
			.isEqualTo("ch-web");
		assertThat(TestNeo4j.count("MATCH (c:Channel) RETURN count(c)")).isZero();
		assertThat(TestNeo4j.count("MATCH (a:Account {id: 'acc-cd'})<-[r:REFERRED]-() RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void deletingUnknownSourcesIsNotFound() {
		expectNotFound("mutation { deleteOrganization(id: \"org-nope\") { id } }", "Organization 'org-nope' does not exist");
		expectNotFound("mutation { deleteChannel(id: \"ch-nope\", cascade: true) { id } }", "Channel 'ch-nope' does not exist");
	}

	@Test
	void referralSourceResolvesEachKindByItsId() {
		String document = """
				query($id: ID!) { referralSource(id: $id) { __typename id name
				  ... on Organization { kind } ... on Channel { channelKind: kind } ... on Person { title buyingRoles }
				  ... on Account { lifecycle referredBy { source { id } } } } }""";
		source(document, "org-pa").path("referralSource.__typename").entity(String.class).isEqualTo("Organization")
			.path("referralSource.kind").entity(String.class).isEqualTo("INSURER");
		source(document, "ch-expo").path("referralSource.__typename").entity(String.class).isEqualTo("Channel")
			.path("referralSource.name").entity(String.class).isEqualTo("车展 Auto Expo")
			.path("referralSource.channelKind").entity(String.class).isEqualTo("EVENT");
		source(document, "p-wang").path("referralSource.__typename").entity(String.class).isEqualTo("Person")
			.path("referralSource.title").entity(String.class).isEqualTo("车队长")
			.path("referralSource.buyingRoles").entityList(String.class).containsExactly("DECIDER");
		source(document, "acc-yd").path("referralSource.__typename").entity(String.class).isEqualTo("Account")
			.path("referralSource.lifecycle").entity(String.class).isEqualTo("RETAINED")
			.path("referralSource.referredBy[*].source.id").entityList(String.class).containsExactly("org-pa");
	}

	@Test
	void referralSourceUnknownIsNotFoundAndSharedIdIsAmbiguous() {
		expectNotFound("{ referralSource(id: \"nobody\") { id } }",
				"Referral source 'nobody' does not exist: no account, person, organisation or channel has this id");
		TestNeo4j.run("CREATE (:Channel {id: 'org-pa', name: '抖音 Douyin', kind: 'MEDIA'})");
		expectBadRequest("{ referralSource(id: \"org-pa\") { id } }", "'org-pa' is ambiguous",
				"Organization '平安保险 Ping An Insurance' (org-pa)", "Channel '抖音 Douyin' (org-pa)");
	}

	private GraphQlTester.Response source(String document, String id) {
		return this.graphQl.document(document).variable("id", id).execute();
	}

}
