package org.guanxi.tiering;

import java.util.List;

import org.guanxi.core.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guanxi.tiering.AbcClass.A;
import static org.guanxi.tiering.AbcClass.B;
import static org.guanxi.tiering.AbcClass.C;

class AbcAnalysisTests {

	private static AbcAnalysis.Revenue r(String id, double revenue) {
		return new AbcAnalysis.Revenue(id, revenue);
	}

	@Test
	void classifiesByTheShareBeforeEachAccount() {
		// total 20: before a 0, before b 0.55 (exactly: B), before c 0.8, before d 0.85 (exactly: C); ties by id
		AbcAnalysis abc = AbcAnalysis.of(List.of(r("f", 1), r("d", 1), r("c", 1), r("e", 1), r("b", 5), r("a", 11),
				r("z", 0)), 0.55, 0.85);
		assertThat(abc.entries()).extracting(AbcEntry::accountId).containsExactly("a", "b", "c", "d", "e", "f", "z");
		assertThat(abc.entries()).extracting(AbcEntry::abcClass).containsExactly(A, B, B, C, C, C, C);
		assertThat(abc.entries()).extracting(AbcEntry::cumulativeShare)
			.containsExactly(0.55, 0.8, 0.85, 0.9, 0.95, 1.0, 1.0);
		assertThat(abc.totalRevenue()).isEqualTo(20.0);
	}

	@Test
	void sharesComputedFromFractionsStillMeetTheThresholdExactly() {
		// 0.33 / (0.33 + 0.2 + 0.07) is 0.55 exactly, but 0.5499999999999999 in doubles: b is at 55%, so B
		AbcAnalysis abc = AbcAnalysis.of(List.of(r("c", 0.07), r("b", 0.2), r("a", 0.33)), 0.55, 0.85);
		assertThat(abc.entries()).extracting(AbcEntry::accountId).containsExactly("a", "b", "c");
		assertThat(abc.entries()).extracting(AbcEntry::abcClass).containsExactly(A, B, C);
	}

	@Test
	void zeroRevenueAccountsAreCEvenWhenThresholdsAreOne() {
		AbcAnalysis abc = AbcAnalysis.of(List.of(r("a", 10), r("b", 0)), 1.0, 1.0);
		assertThat(abc.entries()).extracting(AbcEntry::abcClass).containsExactly(A, C);
		assertThat(abc.summary()).extracting(AbcClassSummary::accounts).containsExactly(1, 0, 1);
	}

	@Test
	void refusesThresholdsOutOfOrder() {
		assertThatThrownBy(() -> AbcAnalysis.of(List.of(), 0.9, 0.8)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> AbcAnalysis.of(List.of(), Double.NaN, 0.8)).isInstanceOf(InvalidInput.class);
		assertThat(AbcAnalysis.of(List.of(), 0.5, 0.5).summary()).extracting(AbcClassSummary::accountShare)
			.containsExactly(0.0, 0.0, 0.0);
	}

}
