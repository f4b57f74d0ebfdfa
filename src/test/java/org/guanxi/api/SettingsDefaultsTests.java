package org.guanxi.api;

import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a setting exists, a query argument left out takes the setting, so that every part of Guanxi answers
 * alike; the schema gives such arguments no literal default and names the setting instead.
 */
@TestPropertySource(properties = { "guanxi.tiering.a-threshold=0.3", "guanxi.tiering.b-threshold=0.6",
		"guanxi.referral.analytics.max-depth=2", "guanxi.referral.analytics.decay=0.25" })
class SettingsDefaultsTests extends GraphQlTestBase {

	private static final String BOOK = """
			UNWIND [['a1', 50.0], ['a2', 30.0], ['a3', 15.0], ['a4', 5.0]] AS row
			CREATE (a:Account {id: row[0], name: toUpper(row[0]), signed: false, lifecycle: 'RETAINED', vip: false})
			CREATE (:Deal {id: 'd-' + row[0], name: 'deal', amount: row[1], status: 'WON', closedAt: date('2026-06-01')})-[:FOR]->(a)
			WITH collect(a) AS accounts
			UNWIND range(0, 2) AS i
			WITH accounts[i] AS source, accounts[i + 1] AS target
			CREATE (source)-[:REFERRED {at: date('2026-01-01')}]->(target)""";

	@Test
	void abcAnalysisWithoutThresholdsUsesTheSettingsAsAccountAbcClassDoes() {
		TestNeo4j.run(BOOK);
		// shares 0.5, 0.3, 0.15, 0.05: with 0.3 / 0.6, a1 is A (0 before it), a2 B (0.5), a3 and a4 C (0.8, 0.95)
		var result = this.graphQl.documentName("abcAnalysisAccountClasses").execute();
		result.path("abcAnalysis.entries[*].account.id").entityList(String.class).containsExactly("a1", "a2", "a3", "a4");
		result.path("abcAnalysis.entries[*].abcClass").entityList(String.class).containsExactly("A", "B", "C", "C");
		result.path("abcAnalysis.entries[*].account.abcClass").entityList(String.class).containsExactly("A", "B", "C", "C");
	}

	@Test
	void referralTreeWithoutMaxDepthOrDecayUsesTheSettings() {
		TestNeo4j.run(BOOK);
		// a1 -> a2 -> a3 -> a4; two levels: a2 (30) directly, a3 (15) at depth 2 weighted 0.25
		this.graphQl.documentName("referralTree").variable("sourceId", "a1")
			.execute()
			.path("referralTree.nodes[*].node.id")
			.entityList(String.class)
			.containsExactly("a2", "a3")
			.path("referralTree.totalReferrals")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("referralTree.directRevenue")
			.entity(Double.class)
			.isEqualTo(30.0)
			.path("referralTree.indirectRevenue")
			.entity(Double.class)
			.isEqualTo(3.75);
	}

	@Test
	void argumentsBackedBySettingsHaveNoLiteralDefault() {
		List<Map<String, Object>> fields = this.graphQl.documentName("queryArgumentDefaults")
			.execute()
			.path("__schema.queryType.fields")
			.entityList(Map.class)
			.get()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.toList();
		int named = 0;
		for (Map<String, Object> field : fields) {
			for (Object a : (List<?>) field.get("args")) {
				Map<?, ?> arg = (Map<?, ?>) a;
				String description = (String) arg.get("description");
				if (description != null && description.contains("the setting guanxi.")) {
					named++;
					assertThat(arg.get("defaultValue")).as("%s(%s)", field.get("name"), arg.get("name")).isNull();
				}
			}
		}
		assertThat(named).as("arguments naming their setting").isGreaterThanOrEqualTo(4);
	}

}
