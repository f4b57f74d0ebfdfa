package org.guanxi.relationship.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the lists of a {@code relationship/view} row in their order: deals and interactions newest first (ties by
 * id), assessments and history oldest first, and the names of the last three WON deals.
 */
public final class ViewLists {

	private static final int BOUGHT_BEFORE = 3;

	private static final Comparator<Map<String, Object>> BY_ID = Comparator
		.comparing(m -> String.valueOf(m.get("id")));

	private ViewLists() {
	}

	public static Map<String, Object> ordered(Map<String, Object> row) {
		Map<String, Object> ordered = new HashMap<>(row);
		ordered.put("wonDeals", byDateNewestFirst(Values.maps(row.get("wonDeals"))));
		ordered.put("personal", Values.maps(row.get("personal"))
			.stream()
			.sorted(Comparator.<Map<String, Object>, Instant>comparing(m -> Values.dateTime(m.get("at")).toInstant())
				.reversed()
				.thenComparing(BY_ID))
			.toList());
		ordered.put("assessments", bySeq(Values.maps(row.get("assessments"))));
		ordered.put("history", bySeq(Values.maps(row.get("history"))));
		ordered.put("boughtBefore", byDateNewestFirst(Values.maps(row.get("boughtBefore"))).stream()
			.limit(BOUGHT_BEFORE)
			.map(d -> Values.string(d.get("name")))
			.toList());
		return ordered;
	}

	private static List<Map<String, Object>> byDateNewestFirst(List<Map<String, Object>> deals) {
		return deals.stream()
			.sorted(Comparator.<Map<String, Object>, LocalDate>comparing(m -> Values.date(m.get("closedAt")),
					Comparator.nullsFirst(Comparator.naturalOrder()))
				.reversed()
				.thenComparing(m -> String.valueOf(m.get("name"))))
			.toList();
	}

	private static List<Map<String, Object>> bySeq(List<Map<String, Object>> items) {
		return items.stream().sorted(Comparator.comparingDouble(m -> Values.number(m.get("seq")))).toList();
	}

}
