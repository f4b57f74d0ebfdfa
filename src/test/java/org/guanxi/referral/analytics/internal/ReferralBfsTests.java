package org.guanxi.referral.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.referral.analytics.SourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralBfsTests {

	private final Map<String, List<ReferralEdge>> out = new HashMap<>();

	private void edge(String from, String to, String at) {
		this.out.computeIfAbsent(from, k -> new ArrayList<>())
			.add(new ReferralEdge(from, from, to, at == null ? null : LocalDate.parse(at)));
	}

	private Map<String, List<ReferralEdge>> children(Collection<String> refs) {
		Map<String, List<ReferralEdge>> level = new HashMap<>();
		refs.stream().filter(this.out::containsKey).forEach(ref -> level.put(ref, this.out.get(ref)));
		return level;
	}

	private List<String> walk(String source, int depth) {
		return ReferralBfs.walk(source, depth, this::children)
			.stream()
			.map(v -> v.node() + "@" + v.depth() + "<" + v.via().from())
			.toList();
	}

	@Test
	void shortestDepthAndEarliestParentThenSmallestId() {
		edge("s", "a", "2026-01-01");
		edge("s", "b", "2026-01-02");
		edge("a", "c", "2026-03-01");
		edge("b", "c", "2026-02-01");
		edge("a", "d", "2026-04-01");
		edge("b", "d", "2026-04-01");
		edge("c", "b", "2026-05-01");
		edge("d", "e", null);
		edge("c", "e", "2026-06-01");
		assertThat(walk("s", 5)).containsExactly("a@1<s", "b@1<s", "c@2<b", "d@2<a", "e@3<c");
	}

	@Test
	void undatedReferralsComeAfterDatedOnes() {
		edge("s", "a", null);
		edge("s", "b", "2020-01-01");
		edge("a", "c", null);
		edge("b", "c", "2030-01-01");
		assertThat(walk("s", 5)).containsExactly("b@1<s", "a@1<s", "c@2<b");
	}

	@Test
	void cyclesEndAndTheSourceIsNeverListed() {
		edge("s", "a", "2026-01-01");
		edge("a", "b", "2026-01-02");
		edge("b", "s", "2026-01-03");
		edge("b", "a", "2026-01-04");
		assertThat(walk("s", 10)).containsExactly("a@1<s", "b@2<a");
	}

	@Test
	void depthBoundsTheWalk() {
		edge("s", "a", "2026-01-01");
		edge("a", "b", "2026-01-02");
		edge("b", "c", "2026-01-03");
		assertThat(walk("s", 2)).containsExactly("a@1<s", "b@2<a");
		assertThat(walk("c", 5)).isEmpty();
	}

	@Test
	void totalsDecayIndirectRevenueByDepth() {
		edge("s", "a", "2026-01-01");
		edge("a", "b", "2026-01-02");
		edge("b", "c", "2026-01-03");
		edge("s", "d", "2026-01-01");
		var visits = ReferralBfs.walk("s", 5, this::children);
		var totals = TreeTotals.of(visits, Map.of("a", 100.0, "b", 40.0, "c", 80.0, "d", 10.0), 0.5);
		assertThat(totals.directReferrals()).isEqualTo(2);
		assertThat(totals.totalReferrals()).isEqualTo(4);
		assertThat(totals.directRevenue()).isEqualTo(110.0);
		assertThat(totals.indirectRevenue()).isEqualTo(40 * 0.5 + 80 * 0.25);
		assertThat(totals.totalRevenue()).isEqualTo(150.0);
	}

	@Test
	void wholeBookGraphGivesTheSameTotalsAsTheWalk() {
		java.util.Random random = new java.util.Random(3);
		ReferralGraph graph = new ReferralGraph();
		Map<String, Double> revenue = new HashMap<>();
		for (int i = 0; i < 400; i++) {
			String from = "n" + random.nextInt(120);
			String to = "n" + random.nextInt(120);
			if (!from.equals(to)) {
				edge(from, to, "2026-01-0" + (1 + random.nextInt(9)));
				graph.edge(from, from, to);
			}
		}
		for (int i = 0; i < 120; i++) {
			revenue.put("n" + i, (double) random.nextInt(1000));
			graph.revenue("n" + i, revenue.get("n" + i));
		}
		for (String source : graph.sources()) {
			for (int depth : new int[] { 1, 2, 5 }) {
				TreeTotals expected = TreeTotals.of(ReferralBfs.walk(source, depth, this::children), revenue, 0.5);
				TreeTotals actual = graph.totals(source, depth, 0.5);
				assertThat(actual.directReferrals()).isEqualTo(expected.directReferrals());
				assertThat(actual.totalReferrals()).isEqualTo(expected.totalReferrals());
				assertThat(actual.directRevenue()).isEqualTo(expected.directRevenue());
				assertThat(actual.indirectRevenue()).isCloseTo(expected.indirectRevenue(), org.assertj.core.api.Assertions.within(1e-6));
			}
		}
	}

	@Test
	void sourceKinds() {
		assertThat(SourceKind.of(List.of("Account"), null, false)).isEqualTo(SourceKind.CUSTOMER);
		assertThat(SourceKind.of(List.of("Person"), null, true)).isEqualTo(SourceKind.CUSTOMER);
		assertThat(SourceKind.of(List.of("Person"), null, false)).isEqualTo(SourceKind.PERSONAL_NETWORK);
		assertThat(SourceKind.of(List.of("Organization"), "INSURER", false)).isEqualTo(SourceKind.PARTNER_ORGANIZATION);
		assertThat(SourceKind.of(List.of("Channel"), "EVENT", false)).isEqualTo(SourceKind.EVENT);
		assertThat(SourceKind.of(List.of("Channel"), "WEBSITE", false)).isEqualTo(SourceKind.MEDIA);
	}

}
