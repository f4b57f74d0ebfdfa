package org.guanxi.bulk.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Date-time cells: the common form is read by a fast path that must agree with the general ISO parser. Lists of
 * texts: what export writes reads back as it was.
 */
class ColumnTests {

	private static final Column AT = Column.of("at", Column.Kind.DATETIME);

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-23T10:00:00+08:00", "2026-01-31T23:59:59-05:30", "2024-02-29T00:00:00+00:00",
			"1999-12-31T12:34:56+14:00", "2026-11-23T10:00:00-00:00" })
	void theCommonFormReadsLikeTheIsoParser(String cell) {
		assertThat(AT.parse(cell, SHANGHAI)).isEqualTo(OffsetDateTime.parse(cell));
	}

	@Test
	void otherFormsStillReadInTheirWays() {
		assertThat(AT.parse("2026-11-23T10:00:00.5+08:00", SHANGHAI))
			.isEqualTo(OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 500_000_000, ZoneOffset.ofHours(8)));
		assertThat(AT.parse("2026-11-23T10:00Z", SHANGHAI))
			.isEqualTo(OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC));
		assertThat(AT.parse("2026-11-23T10:00", SHANGHAI))
			.isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(SHANGHAI).toOffsetDateTime());
		assertThat(AT.parse("2026-11-23", SHANGHAI))
			.isEqualTo(LocalDateTime.of(2026, 11, 23, 0, 0).atZone(SHANGHAI).toOffsetDateTime());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T10:00:00+08:00", "2026-11-23T24:00:00+08:00", "2026-11-23T10:00:00+19:00",
			"2026-1a-23T10:00:00+08:00", "2026-11-23 10:00:00+08:00" })
	void invalidCellsInTheCommonShapeAreStillRejectedWithTheMessage(String cell) {
		assertThatThrownBy(() -> AT.parse(cell, SHANGHAI)).isInstanceOf(Column.CellError.class)
			.hasMessage("'" + cell + "' is not a date-time like 2026-11-23T10:00:00+08:00 (or 2026-11-23T10:00, "
					+ "read in the configured time zone).");
	}

	@Test
	void listsOfTextsKeepTheirSeparatorAndEscapeCharacter() {
		Column ids = Column.of("ids", Column.Kind.TEXT_LIST);
		java.util.List<String> list = java.util.List.of("acc-1", "no;such", "back\\slash", "");
		String cell = Column.format(list);
		assertThat(cell).isEqualTo("acc-1;no\\;such;back\\\\slash;");
		assertThat(ids.parse(cell, SHANGHAI)).isEqualTo(list);
		assertThat(ids.parse("a;b", SHANGHAI)).isEqualTo(java.util.List.of("a", "b"));
		assertThat(Column.format(java.util.List.of("DECIDER", "BUYER"))).isEqualTo("DECIDER;BUYER");
	}

}
