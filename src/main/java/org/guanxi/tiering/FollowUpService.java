package org.guanxi.tiering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.guanxi.core.GuanxiSettings;
import org.guanxi.graph.BookResults;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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
		OffsetDateTime until = day.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime();
		List<String> only = ids == null ? null : List.copyOf(ids);
		// the latest won deals are read over the whole book from the deals, while the accounts in scope are read
		Map<String, Object> wonParameters = new HashMap<>();
		wonParameters.put("ids", only);
		wonParameters.put("asOf", day);
		CompletableFuture<Map<String, WonDeal>> won = this.cypher
			.readAside(() -> this.cypher.one("tiering/latestWon", wonParameters, FollowUpService::wonDeals));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("repId", repId);
		parameters.put("ids", only);
		parameters.put("until", until);
		Record accounts = this.cypher.one("tiering/followUpFacts", parameters, r -> r);
		Map<String, List<OffsetDateTime>> contacts = ids == null ? everyContact(until) : contactTimes(until, ids);
		Map<String, WonDeal> latest = Cypher.join(won);
		Map<String, List<FollowUp>> due = new HashMap<>();
		List<String> accountIds = accounts.get("ids").asList(Value::asString);
		List<Value> since = accounts.get("prospectSince").asList(v -> v);
		for (int i = 0; i < accountIds.size(); i++) {
			String id = accountIds.get(i);
			OffsetDateTime prospectSince = since.get(i).isEmpty() ? null : instant(since.get(i).get(0).asObject());
			WonDeal deal = latest.get(id);
			LocalDate wonAt = deal == null ? null : deal.closedAt();
			if (prospectSince == null && wonAt == null) {
				continue;
			}
			OffsetDateTime wonStart = wonAt == null ? null : wonAt.atStartOfDay(this.zone).toOffsetDateTime();
			due.put(id, forAccount(id, prospectSince, deal == null ? null : deal.id(), wonAt,
					Contacts.of(contacts.getOrDefault(id, List.of()), prospectSince, wonStart), day));
		}
		return due;
	}

	/** The latest won deal of each account, by account id, from a row of tiering/latestWon. */
	private static Map<String, WonDeal> wonDeals(Record row) {
		Map<String, WonDeal> won = new HashMap<>();
		for (Value deal : row.get("deals").values()) {
			won.put(deal.get(0).asString(), new WonDeal(deal.get(1).asString(null), deal.get(2).asLocalDate()));
		}
		return won;
	}

	/** A won deal: its id and the day it closed. */
	private record WonDeal(String id, LocalDate closedAt) {
	}

	/**
	 * The times of the contacts of every account before {@code until}, by account id ({@link #contactTimes}), kept
	 * by account apart from the follow-ups: they change with the interactions, not with the deals (an import of
	 * deals works the follow-ups out again from these).
	 */
	private Map<String, List<OffsetDateTime>> everyContact(OffsetDateTime until) {
		return this.results.byAccount("tiering/contactTimes", List.of(until), ids -> contactTimes(until, ids),
				rows -> rows);
	}

	/**
	 * The times of the interactions with each account's people before {@code until} (its contacts), by account id;
	 * accounts without any left out; of these accounts only unless null.
	 */
	private Map<String, List<OffsetDateTime>> contactTimes(OffsetDateTime until, Set<String> ids) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids == null ? null : List.copyOf(ids));
		parameters.put("until", until);
		return this.cypher.one("tiering/contactTimes", parameters,
				r -> Cypher.zip(r.get("ids"), r.get("times"), Value::asString,
						v -> v.asList(time -> instant(time.asObject()))));
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

		/**
		 * The contacts of an account from the times of its interactions: the first at or after the account became a
		 * prospect, the last at or after the start of the won deal's day and how many different times (instants) there
		 * were from then on; none when the account is no prospect, or won nothing.
		 */
		static Contacts of(List<OffsetDateTime> times, OffsetDateTime prospectSince, OffsetDateTime wonStart) {
			OffsetDateTime first = null;
			OffsetDateTime last = null;
			Set<Instant> sinceWon = new HashSet<>();
			for (OffsetDateTime time : times) {
				if (time == null) {
					continue;
				}
				if (prospectSince != null && !time.isBefore(prospectSince) && (first == null || time.isBefore(first))) {
					first = time;
				}
				if (wonStart != null && !time.isBefore(wonStart)) {
					sinceWon.add(time.toInstant());
					if (last == null || time.isAfter(last)) {
						last = time;
					}
				}
			}
			return new Contacts(first, last, sinceWon.size());
		}

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

	/** A datetime as read from the database; null for anything else (a value written outside Guanxi). */
	private static OffsetDateTime instant(Object value) {
		if (value instanceof ZonedDateTime z) {
			return z.toOffsetDateTime();
		}
		return value instanceof OffsetDateTime o ? o : null;
	}

}
