package org.guanxi.tiering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.core.GuanxiSettings;
import org.guanxi.graph.BookResults;
import org.guanxi.graph.Cypher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups due: new prospects not contacted within 24 hours, and the after-sale contacts of won customers
 * (docs/tiers.md has the rules).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	static final Comparator<FollowUp> ORDER = Comparator.comparing(FollowUp::dueAt)
		.thenComparing(FollowUp::accountId)
		.thenComparing(FollowUp::reason);

	private final Cypher cypher;

	private final Reps reps;

	private final TierSettings.FollowUps rules;

	private final ZoneId zone;

	private final Clock clock;

	private final BookResults results;

	FollowUpService(Cypher cypher, Reps reps, TierSettings settings, GuanxiSettings general, Clock clock,
			BookResults results) {
		this.cypher = cypher;
		this.results = results;
		this.reps = reps;
		this.rules = settings.followUps();
		this.zone = general.timeZone();
		this.clock = clock;
	}

	/**
	 * The follow-ups still to do on a date, earliest due first.
	 * @param asOf the date (today in the configured time zone when null); later interactions are ignored
	 * @param repId only accounts this rep owns; null for all accounts
	 */
	public List<FollowUp> due(LocalDate asOf, String repId) {
		this.reps.check(repId);
		LocalDate day = asOf != null ? asOf : LocalDate.now(this.clock.withZone(this.zone));
		// by account: after a visit, only the visited account's follow-ups are worked out again
		return this.results.byAccount("tiering/followUps", Arrays.asList(day, repId), ids -> dueOn(day, repId, ids),
				FollowUpService::inOrder);
	}

	/** The follow-ups of each account in scope on a day, by account id; of these accounts only unless null. */
	private Map<String, List<FollowUp>> dueOn(LocalDate day, String repId, Set<String> ids) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("repId", repId);
		parameters.put("ids", ids == null ? null : List.copyOf(ids));
		parameters.put("asOf", day);
		parameters.put("until", day.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime());
		parameters.put("zone", this.zone.getId());
		Map<String, List<FollowUp>> due = new HashMap<>();
		this.cypher.query("tiering/followUpFacts", parameters).fetch().all().forEach(row -> {
			OffsetDateTime last = instant(row.get("lastContact"));
			String id = (String) row.get("id");
			due.put(id, forAccount(id, instant(row.get("prospectSince")), (String) row.get("wonDealId"),
					(LocalDate) row.get("wonAt"), new Contacts(instant(row.get("firstContact")), last,
							((Number) row.get("contactsSinceWon")).intValue()),
					day));
		});
		return due;
	}

	private static List<FollowUp> inOrder(Map<String, List<FollowUp>> byAccount) {
		List<FollowUp> due = new ArrayList<>();
		byAccount.values().forEach(due::addAll);
		due.sort(ORDER);
		return List.copyOf(due);
	}

	/**
	 * What the rules need of an account's contacts (interactions with its people) before the end of the day.
	 * @param first the first contact at or after the account became a prospect, null if none
	 * @param lastSinceWon the last contact on or after the day of the won deal, null if none
	 * @param sinceWon how many different times there were contacts on or after that day
	 */
	record Contacts(OffsetDateTime first, OffsetDateTime lastSinceWon, int sinceWon) {
	}

	/** The follow-ups of one account on a date, from its facts. */
	List<FollowUp> forAccount(String accountId, OffsetDateTime prospectSince, String wonDealId, LocalDate wonAt,
			Contacts contacts, LocalDate asOf) {
		List<FollowUp> due = new ArrayList<>();
		if (prospectSince != null) {
			newProspect(accountId, prospectSince, contacts.first(), asOf, due);
		}
		if (wonAt != null) {
			afterSale(accountId, wonDealId, wonAt, contacts, asOf, due);
		}
		return due;
	}

	/**
	 * A prospect is followed up when someone contacts it within 24 hours (setting) of becoming a prospect; one
	 * contacted later, or not yet, is listed, with its first contact when that came late.
	 */
	private void newProspect(String accountId, OffsetDateTime since, OffsetDateTime first, LocalDate asOf,
			List<FollowUp> due) {
		OffsetDateTime deadline = since.plus(this.rules.prospectWithin());
		if (first != null && !first.isAfter(deadline)) {
			return;
		}
		LocalDate dueAt = deadline.atZoneSameInstant(this.zone).toLocalDate();
		due.add(new FollowUp(accountId, FollowUpReason.NEW_PROSPECT, dueAt, deadline, first, dueAt.isBefore(asOf), null));
	}

	private void afterSale(String accountId, String dealId, LocalDate wonAt, Contacts contacts, LocalDate asOf,
			List<FollowUp> due) {
		LocalDate firstCall = wonAt.plusDays(this.rules.firstCallDays());
		LocalDate thankYou = wonAt.plusDays(this.rules.thankYouCallDays());
		if (contacts.sinceWon() == 0 && !asOf.isAfter(thankYou)) {
			due.add(afterSaleContact(accountId, FollowUpReason.AFTER_SALE_CALL, firstCall, asOf, dealId));
		}
		if (contacts.sinceWon() < 2 && !asOf.isAfter(wonAt.plusDays(this.rules.contactEveryDays()))) {
			due.add(afterSaleContact(accountId, FollowUpReason.THANK_YOU_CALL, thankYou, asOf, dealId));
		}
		LocalDate lastContact = contacts.lastSinceWon() == null ? wonAt
				: contacts.lastSinceWon().atZoneSameInstant(this.zone).toLocalDate();
		LocalDate periodic = lastContact.plusDays(this.rules.contactEveryDays());
		if (!periodic.isAfter(asOf.plusDays(this.rules.lookAheadDays()))) {
			due.add(afterSaleContact(accountId, FollowUpReason.PERIODIC_CONTACT, periodic, asOf, dealId));
		}
	}

	/** An after-sale contact: no exact deadline, overdue once its day is before {@code asOf}. */
	private static FollowUp afterSaleContact(String accountId, FollowUpReason reason, LocalDate dueAt, LocalDate asOf,
			String dealId) {
		return new FollowUp(accountId, reason, dueAt, null, null, dueAt.isBefore(asOf), dealId);
	}

	private static OffsetDateTime instant(Object value) {
		if (value instanceof ZonedDateTime z) {
			return z.toOffsetDateTime();
		}
		return (OffsetDateTime) value;
	}

}
