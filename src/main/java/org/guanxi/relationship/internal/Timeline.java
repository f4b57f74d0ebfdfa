package org.guanxi.relationship.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guanxi.core.Text;
import org.guanxi.relationship.RelationshipChange;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.relationship.RelationshipSettings;

/**
 * The class changes that time alone brings about for one person, between the moment its class was last recorded
 * and now: a WON deal leaving (or, dated ahead, entering) the organisation's window, a personal interaction
 * leaving (or entering) the personal window. Everything else that changes a class is a write, recorded by the
 * write itself; assessments and the account's signed flag therefore stay as they are over that stretch.
 * <p>
 * A deal closed on day D counts from the start of D to the end of D + wonDealDays: it ages out at the start of
 * the next day. An interaction at instant T counts from T to T + personalDays (inclusive): it ages out at the end
 * of that window, T + personalDays. Each change is stamped with that moment, so the same change has the same
 * time whether the daily job, a later write or a read finds it.
 *
 * @param personId the person
 * @param recorded the class last recorded (OUTSIDER when none)
 * @param checkedAt the moment up to which the class is recorded (null when it never was)
 * @param signed whether the account is signed
 * @param organisationAssessed the assessed organisation half (null when derived)
 * @param personalAssessed the assessed personal half (null when derived)
 * @param wonDeals the closing days of the account's WON deals
 * @param personal the instants of the person's POSITIVE personal interactions
 */
public record Timeline(String personId, RelationshipClass recorded, OffsetDateTime checkedAt, boolean signed,
		Boolean organisationAssessed, Boolean personalAssessed, List<LocalDate> wonDeals, List<Instant> personal) {

	/** The prefix of the cause of a change brought about by evidence leaving its window. */
	public static final Text AGED_OUT = Text.of("cause.agedOut");

	/** The prefix of the cause of a change brought about by evidence dated ahead coming into its window. */
	public static final Text TOOK_EFFECT = Text.of("cause.tookEffect");

	/** From a row of {@code relationship/timeline}. */
	public static Timeline from(Map<String, Object> row) {
		return from(row, "wonDeals", "personal");
	}

	/** From a row of {@code relationship/view}, which has the same columns, the lists named apart. */
	public static Timeline fromView(Map<String, Object> row) {
		return from(row, "timelineWonDeals", "timelinePersonal");
	}

	private static Timeline from(Map<String, Object> row, String wonDealsColumn, String personalColumn) {
		String recorded = Values.string(row.get("recorded"));
		List<LocalDate> deals = new ArrayList<>();
		((List<?>) row.getOrDefault(wonDealsColumn, List.of())).forEach(d -> deals.add((LocalDate) d));
		List<Instant> personal = new ArrayList<>();
		((List<?>) row.getOrDefault(personalColumn, List.of()))
			.forEach(t -> personal.add(Values.dateTime(t).toInstant()));
		Object checked = row.get("checkedAt");
		return new Timeline(Values.string(row.get("id")),
				recorded == null ? RelationshipClass.OUTSIDER : RelationshipClass.valueOf(recorded),
				checked == null ? null : Values.dateTime(checked), Boolean.TRUE.equals(row.get("signed")),
				Values.flag(row.get("organisationAssessed")), Values.flag(row.get("personalAssessed")), deals,
				personal);
	}

	/**
	 * The changes time brought about after {@link #checkedAt} up to {@code now} (inclusive), oldest first; none
	 * when the class was never recorded.
	 */
	public List<RelationshipChange> changesUntil(OffsetDateTime now, ZoneId zone, RelationshipSettings settings) {
		List<RelationshipChange> changes = new ArrayList<>();
		if (this.checkedAt == null) {
			return changes;
		}
		Instant since = this.checkedAt.toInstant();
		Instant until = now.toInstant();
		RelationshipClass previous = this.recorded;
		for (Map.Entry<Instant, Instant> moment : moments(zone, settings).entrySet()) {
			Instant effective = moment.getKey();
			if (!effective.isAfter(since) || effective.isAfter(until)) {
				continue;
			}
			Halves halves = halvesAt(effective, zone, settings, previous);
			RelationshipClass current = halves.classification();
			if (current != previous) {
				Text cause = Causes.of(lost(previous, current) ? AGED_OUT : TOOK_EFFECT, halves, settings);
				changes.add(new RelationshipChange(previous, current,
						moment.getValue().atZone(zone).toOffsetDateTime(), cause));
				previous = current;
			}
		}
		return changes;
	}

	/** The halves derived as of {@code now} (the same rule as the queries), with the given class as recorded. */
	public Halves halvesAt(Instant now, ZoneId zone, RelationshipSettings settings, RelationshipClass recorded) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate wonSince = today.minusDays(settings.wonDealDays());
		boolean organisation = this.signed
				|| this.wonDeals.stream().anyMatch(d -> !d.isBefore(wonSince) && !d.isAfter(today));
		Instant personalSince = now.minus(Duration.ofDays(settings.personalDays()));
		long count = this.personal.stream().filter(t -> !t.isBefore(personalSince) && !t.isAfter(now)).count();
		return new Halves(this.personId, organisation, count >= settings.personalInteractions(),
				this.organisationAssessed, this.personalAssessed, recorded);
	}

	/**
	 * Every moment at which a piece of evidence enters or leaves its window, in order: the first instant the
	 * change holds, with the moment it is stamped with. A deal enters at the start of its closing day and leaves
	 * at the start of the day after its window; an interaction enters at its instant and leaves just after the
	 * end of its window, stamped with that end.
	 */
	private TreeMap<Instant, Instant> moments(ZoneId zone, RelationshipSettings settings) {
		TreeMap<Instant, Instant> moments = new TreeMap<>();
		for (LocalDate day : this.wonDeals) {
			Instant enters = day.atStartOfDay(zone).toInstant();
			Instant leaves = day.plusDays(settings.wonDealDays() + 1L).atStartOfDay(zone).toInstant();
			moments.put(enters, enters);
			moments.put(leaves, leaves);
		}
		for (Instant at : this.personal) {
			Instant end = at.plus(Duration.ofDays(settings.personalDays()));
			moments.put(at, at);
			moments.put(end.plusNanos(1), end);
		}
		return moments;
	}

	private static boolean lost(RelationshipClass from, RelationshipClass to) {
		return (organisation(from) && !organisation(to)) || (personal(from) && !personal(to));
	}

	private static boolean organisation(RelationshipClass c) {
		return c == RelationshipClass.SUPPLIER || c == RelationshipClass.PARTNER;
	}

	private static boolean personal(RelationshipClass c) {
		return c == RelationshipClass.FRIEND || c == RelationshipClass.PARTNER;
	}

}
