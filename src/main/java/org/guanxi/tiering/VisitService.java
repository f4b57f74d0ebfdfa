package org.guanxi.tiering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.guanxi.account.Account;
import org.guanxi.account.AccountFields;
import org.guanxi.core.GuanxiSettings;
import org.guanxi.core.Check;
import org.guanxi.core.InvalidInput;
import org.guanxi.graph.BookResults;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit cadence (design.md, "Visit cadence"): overdue accounts and monthly visit plans.
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

	/** Never visited first (by id), then the most days over the allowance, then by id. */
	static final Comparator<OverdueAccount> MOST_OVERDUE_FIRST = (x, y) -> {
		if (x.neverVisited() != y.neverVisited()) {
			return x.neverVisited() ? -1 : 1;
		}
		int byDays = x.neverVisited() ? 0 : Double.compare(y.overdueDays(), x.overdueDays());
		return byDays != 0 ? byDays : x.accountId().compareTo(y.accountId());
	};

	/** Open visits first, by due date, class and id; completed plans after them by class and id. */
	static final Comparator<PlannedVisit> PLAN_ORDER = Comparator.comparing(PlannedVisit::complete)
		.thenComparing(p -> p.complete() ? LocalDate.MIN : p.dueBy())
		.thenComparing(PlannedVisit::abcClass)
		.thenComparing(PlannedVisit::accountId);

	private final Cypher cypher;

	private final AbcService abc;

	private final Reps reps;

	private final TierSettings.Visits cadence;

	private final ZoneId zone;

	private final Clock clock;

	private final BookResults results;

	VisitService(Cypher cypher, AbcService abc, Reps reps, TierSettings settings, GuanxiSettings general,
			Clock clock, BookResults results) {
		this.cypher = cypher;
		this.results = results;
		this.abc = abc;
		this.reps = reps;
		this.cadence = settings.visits();
		this.zone = general.timeZone();
		this.clock = clock;
	}

	/**
	 * The accounts overdue for a visit on a date, most overdue first. The classes come from the ABC analysis over
	 * all time; the last visits of the whole book are found from the visits themselves, those of one rep's
	 * accounts from the accounts.
	 * @param asOf the date (today in the configured time zone when null); visits after it are ignored
	 * @param repId only accounts this rep owns; null for all accounts
	 * @param load how much of the report's accounts to load with it (one query for all)
	 */
	public List<OverdueAccount> overdue(LocalDate asOf, String repId, AccountFields load) {
		this.reps.check(repId);
		LocalDate day = asOf != null ? asOf : today();
		return this.results.get("tiering/overdue", Arrays.asList(day, repId, load.parameters()),
				() -> overdueOn(day, repId, load));
	}

	private List<OverdueAccount> overdueOn(LocalDate day, String repId, AccountFields load) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("until", startOf(day.plusDays(1)));
		List<OverdueAccount> overdue = new ArrayList<>();
		if (repId == null) {
			// the last visits and the ABC analysis each read much of the book: they run at the same time
			CompletableFuture<Map<String, OffsetDateTime>> visits = this.cypher
				.readAside(() -> lastVisits(startOf(day.plusDays(1))));
			AbcAnalysis analysis = this.abc.analyse(null, null, null, null, load);
			Map<String, OffsetDateTime> lastVisits = Cypher.join(visits);
			for (AbcEntry e : analysis.entries()) {
				addIfOverdue(overdue, e.accountId(), e.account(), e.abcClass(), lastVisits.get(e.accountId()), day);
			}
		}
		else {
			Map<String, AbcClass> classes = this.abc.classes();
			parameters.put("repId", repId);
			parameters.putAll(load.parameters());
			this.cypher.query("tiering/repLastVisits", parameters).fetchAs(String.class).mappedBy((types, r) -> {
				String id = r.get("id").asString();
				Account account = load.account(r.get("node"), r.get("values"));
				addIfOverdue(overdue, id, account, classes.getOrDefault(id, AbcClass.C), instant(r.get("lastVisitAt")), day);
				return id;
			}).all();
		}
		overdue.sort(MOST_OVERDUE_FIRST);
		return List.copyOf(overdue);
	}

	/**
	 * The last visit up to today (in the team's time zone) of each of the accounts, by account id; accounts never
	 * visited map to null, unknown or invisible ones are left out.
	 */
	public Map<String, OffsetDateTime> lastVisitsOf(Collection<String> accountIds) {
		return lastVisitsOf(accountIds, startOf(today().plusDays(1)));
	}

	private Map<String, OffsetDateTime> lastVisitsOf(Collection<String> accountIds, OffsetDateTime until) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(accountIds));
		parameters.put("until", until);
		Map<String, OffsetDateTime> last = new HashMap<>();
		this.cypher.query("tiering/accountLastVisits", parameters)
			.fetch()
			.all()
			.forEach(row -> last.put((String) row.get("id"), instant(row.get("lastVisitAt"))));
		return last;
	}

	/**
	 * Whether a visit of each account is overdue today, as {@link #overdue} decides it, by account id.
	 * @param lastVisits the last visit of each account ({@link #lastVisitsOf}; null: never visited)
	 * @param classes the ABC class of every account (C when absent)
	 */
	public Map<String, Boolean> overdueOf(Map<String, OffsetDateTime> lastVisits, Map<String, AbcClass> classes) {
		LocalDate today = today();
		Map<String, Boolean> overdue = new HashMap<>();
		lastVisits.forEach((id, last) -> overdue.put(id,
				assess(id, null, classes.getOrDefault(id, AbcClass.C), last, today) != null));
		return overdue;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * The last visit before {@code until} of every account of the book visited, by account id, visible or not: for
	 * {@link #overdue}, which keeps those of the ABC analysis (the visible accounts) only. Kept by account: after a
	 * visit, only the visited account's is read again (then only if the user may see it, which is all it is used for).
	 */
	private Map<String, OffsetDateTime> lastVisits(OffsetDateTime until) {
		return this.results.byAccount("tiering/lastVisits", List.of(until), ids -> {
			if (ids == null) {
				return this.cypher.one("tiering/lastVisits", Map.of("until", until),
						r -> Cypher.zip(r.get("ids"), r.get("lastVisitAts"), Value::asString, VisitService::instant));
			}
			Map<String, OffsetDateTime> last = lastVisitsOf(ids, until);
			last.values().removeIf(Objects::isNull);
			return last;
		}, rows -> rows);
	}

	/**
	 * The visit plan of a month: one row per account with its required visits, their due dates and the visits
	 * done.
	 * @param month a month like "2026-11"
	 * @param repId only accounts this rep owns; null for all accounts
	 */
	public List<PlannedVisit> plan(String month, String repId) {
		YearMonth ym = parseMonth(month);
		this.reps.check(repId);
		return this.results.get("tiering/plan", Arrays.asList(ym, repId), () -> plan(ym, repId));
	}

	private List<PlannedVisit> plan(YearMonth ym, String repId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("repId", repId);
		parameters.put("start", startOf(ym.atDay(1)));
		parameters.put("end", startOf(ym.plusMonths(1).atDay(1)));
		// the ABC classes read the whole book: they are worked out while the visits and accounts are read
		CompletableFuture<Map<String, AbcClass>> abcClasses = this.cypher.readAside(this.abc::classes);
		// the month's visits through the index on kind and time, then the accounts: not every interaction of
		// every account
		Map<String, List<?>> visits = new HashMap<>();
		this.cypher.query("tiering/monthVisits", parameters)
			.fetch()
			.all()
			.forEach(row -> visits.put((String) row.get("id"), (List<?>) row.get("visits")));
		// each account with the rep it is planned for: the rep asked for, else its owner with the smallest id
		Map<String, String> accounts = new LinkedHashMap<>();
		if (repId == null) {
			// kept on its own: a visit changes the visits, not the accounts and their owners
			accounts.putAll(this.results.get("tiering/planAccounts", List.of(),
					() -> this.cypher.one("tiering/planAccounts", Map.of(), r -> {
						Map<String, String> owners = new LinkedHashMap<>();
						r.get("ids").asList(Value::asString).forEach(id -> owners.put(id, null));
						owners.putAll(Cypher.zip(r.get("ownedIds"), r.get("ownerIds"), Value::asString, Value::asString));
						return Collections.unmodifiableMap(owners);
					})));
		}
		else {
			this.cypher.query("tiering/repPlanAccounts", parameters)
				.fetch()
				.all()
				.forEach(row -> accounts.put((String) row.get("id"), repId));
		}
		Map<String, AbcClass> classes = Cypher.join(abcClasses);
		List<PlannedVisit> plan = new ArrayList<>();
		accounts.forEach((id, rep) -> {
			AbcClass abcClass = classes.getOrDefault(id, AbcClass.C);
			long done = visits.getOrDefault(id, List.of()).stream().map(v -> dateOf(instant(v))).distinct().count();
			List<LocalDate> due = dueDates(ym, abcClass);
			LocalDate dueBy = due.get((int) Math.min(done, due.size() - 1));
			plan.add(new PlannedVisit(id, abcClass, rep, dueBy, due, (int) done, due.size()));
		});
		plan.sort(PLAN_ORDER);
		return List.copyOf(plan);
	}

	private void addIfOverdue(List<OverdueAccount> overdue, String accountId, Account account, AbcClass abcClass,
			OffsetDateTime lastVisitAt, LocalDate asOf) {
		OverdueAccount o = assess(accountId, account, abcClass, lastVisitAt, asOf);
		if (o != null) {
			overdue.add(o);
		}
	}

	/** The overdue assessment of one account, or null when it is not overdue. */
	OverdueAccount assess(String accountId, Account account, AbcClass abcClass, OffsetDateTime lastVisitAt,
			LocalDate asOf) {
		double allowed = this.cadence.allowedDays(abcClass);
		if (lastVisitAt == null) {
			return new OverdueAccount(accountId, account, abcClass, null, null, allowed, null);
		}
		int days = (int) ChronoUnit.DAYS.between(dateOf(lastVisitAt), asOf);
		if (days <= allowed) {
			return null;
		}
		return new OverdueAccount(accountId, account, abcClass, lastVisitAt, days, allowed, days - allowed);
	}

	/**
	 * The due dates of the visits of a month: the month split into equal parts, visit k due by day
	 * ceil(k * days / visits); the first visit of an A account due in the first week.
	 */
	List<LocalDate> dueDates(YearMonth month, AbcClass abcClass) {
		int visits = Math.max(1, this.cadence.perMonth(abcClass));
		int length = month.lengthOfMonth();
		List<LocalDate> due = new ArrayList<>();
		for (int k = 1; k <= visits; k++) {
			int day = (k * length + visits - 1) / visits;
			if (k == 1 && abcClass == AbcClass.A) {
				day = Math.min(day, Math.min(this.cadence.firstWeekDays(), length));
			}
			due.add(month.atDay(day));
		}
		return due;
	}

	private static YearMonth parseMonth(String month) {
		try {
			return Check.year("month", YearMonth.parse(month == null ? "" : month.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("error.month", month);
		}
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toOffsetDateTime();
	}

	private LocalDate dateOf(OffsetDateTime at) {
		return at.atZoneSameInstant(this.zone).toLocalDate();
	}

	private static OffsetDateTime instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Value v) {
			return v.isNull() ? null : v.asZonedDateTime().toOffsetDateTime();
		}
		if (value instanceof java.time.ZonedDateTime z) {
			return z.toOffsetDateTime();
		}
		return (OffsetDateTime) value;
	}

}
