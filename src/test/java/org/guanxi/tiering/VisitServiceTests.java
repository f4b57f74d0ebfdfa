package org.guanxi.tiering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.guanxi.core.GuanxiSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisitServiceTests {

	static final TierSettings SETTINGS = new TierSettings(0.55, 0.85, new TierSettings.Visits(3, 2, 1, 30, 7),
			new TierSettings.FollowUps(java.time.Duration.ofHours(24), 3, 7, 90, 7),
			new TierSettings.Opportunity(500000, 90, 365));

	private final VisitService visits = new VisitService(null, null, null, SETTINGS,
			new GuanxiSettings(ZoneId.of("Asia/Shanghai")), Clock.systemUTC(), null);

	@Test
	void dueDatesSplitTheMonthAndPutTheFirstAVisitInTheFirstWeek() {
		assertThat(this.visits.dueDates(YearMonth.of(2027, 2), AbcClass.A)).containsExactly(LocalDate.of(2027, 2, 7),
				LocalDate.of(2027, 2, 19), LocalDate.of(2027, 2, 28));
		assertThat(this.visits.dueDates(YearMonth.of(2027, 2), AbcClass.B)).containsExactly(LocalDate.of(2027, 2, 14),
				LocalDate.of(2027, 2, 28));
		assertThat(this.visits.dueDates(YearMonth.of(2026, 12), AbcClass.A)).containsExactly(LocalDate.of(2026, 12, 7),
				LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31));
		assertThat(this.visits.dueDates(YearMonth.of(2026, 11), AbcClass.C)).containsExactly(LocalDate.of(2026, 11, 30));
	}

	@Test
	void overdueOnlyWhenTheDaysExceedTheAllowance() {
		OffsetDateTime visit = OffsetDateTime.parse("2026-11-30T23:59:00+08:00");
		assertThat(this.visits.assess("x", null, AbcClass.B, visit, LocalDate.of(2026, 12, 15))).isNull();
		OverdueAccount late = this.visits.assess("x", null, AbcClass.B, visit, LocalDate.of(2026, 12, 16));
		assertThat(late.daysSinceLastVisit()).isEqualTo(16);
		assertThat(late.overdueDays()).isEqualTo(1.0);
		assertThat(this.visits.assess("x", null, AbcClass.A, null, LocalDate.of(2026, 12, 16)).neverVisited()).isTrue();
	}

}
