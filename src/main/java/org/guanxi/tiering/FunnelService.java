package org.guanxi.tiering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guanxi.account.Lifecycle;
import org.guanxi.core.GuanxiSettings;
import org.guanxi.core.InvalidInput;
import org.guanxi.graph.BookResults;
import org.guanxi.graph.Cypher;
import org.guanxi.referral.analytics.SourceKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales funnel from potential to prospect to retained or lost, by period, rep and lead source.
 */
@Service
@Transactional(readOnly = true)
public class FunnelService {

	static final String NONE = "NONE";

	private final Cypher cypher;

	private final Reps reps;

	private final ZoneId zone;

	private final BookResults results;

	FunnelService(Cypher cypher, Reps reps, GuanxiSettings general, BookResults results) {
		this.cypher = cypher;
		this.results = results;
		this.reps = reps;
		this.zone = general.timeZone();
	}

	/**
	 * The funnel of the accounts created in a period (by their createdAt date in the configured time zone).
	 * @param from first creation date (inclusive), null for no lower bound
	 * @param to last creation date (inclusive), null for no upper bound
	 * @param repId only accounts this rep owns; null for all
	 * @param groupBy REP, LEAD_SOURCE or null for no groups
	 */
	public Funnel funnel(LocalDate from, LocalDate to, String repId, FunnelGroupBy groupBy) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("error.period", from, to);
		}
		this.reps.check(repId);
		return this.results.get("tiering/funnel", Arrays.asList(from, to, repId, groupBy),
				() -> compute(from, to, repId, groupBy));
	}

	private Funnel compute(LocalDate from, LocalDate to, String repId, FunnelGroupBy groupBy) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("repId", repId);
		parameters.put("from", from == null ? null : from.atStartOfDay(this.zone).toOffsetDateTime());
		parameters.put("to", to == null ? null : to.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime());
		Tally all = new Tally(null, null, null, null);
		Map<String, Tally> groups = new TreeMap<>(FunnelService::noneLast);
		// owners and lead sources are read over the whole book, once each, and only when grouped by them
		Map<String, List<String>> owners = groupBy == FunnelGroupBy.REP ? this.cypher.one("tiering/funnelOwners",
				Map.of(), r -> Cypher.zip(r.get("ids"), r.get("owners"), Value::asString, v -> v.asList(Value::asString)))
				: Map.of();
		Map<String, LeadSource> sources = (groupBy == FunnelGroupBy.LEAD_SOURCE
				|| groupBy == FunnelGroupBy.LEAD_SOURCE_KIND) ? this.cypher.one("tiering/funnelSources", Map.of(),
						FunnelService::leadSources) : Map.of();
		Record accounts = this.cypher.one("tiering/funnelAccounts", parameters, r -> r);
		List<String> ids = accounts.get("ids").asList(Value::asString);
		List<String> lifecycles = accounts.get("lifecycles").asList(Value::asString);
		for (int i = 0; i < ids.size(); i++) {
			Lifecycle stage = stageOf(lifecycles.get(i));
			all.add(stage);
			for (Tally group : groupsOf(owners.getOrDefault(ids.get(i), List.of()),
					sources.getOrDefault(ids.get(i), LeadSource.NOBODY), groupBy, groups)) {
				group.add(stage);
			}
		}
		List<Funnel.FunnelGroup> grouped = new ArrayList<>();
		groups.forEach((key, tally) -> grouped
			.add(Funnel.FunnelGroup.of(key, tally.repId, tally.sourceType, tally.sourceKind, tally.kind, tally.stats())));
		return Funnel.of(from, to, all.stats(), grouped);
	}

	/** The lead sources of funnelSources, by account id. */
	private static Map<String, LeadSource> leadSources(Record row) {
		Map<String, LeadSource> sources = new HashMap<>();
		for (Value source : row.get("rows").values()) {
			sources.put(source.get(0).asString(),
					new LeadSource(source.get(1).asString(null), source.get(2).asString(null), source.get(3).asBoolean(false)));
		}
		return sources;
	}

	private static List<Tally> groupsOf(List<String> owners, LeadSource source, FunnelGroupBy groupBy,
			Map<String, Tally> groups) {
		if (groupBy == FunnelGroupBy.REP) {
			if (owners.isEmpty()) {
				return List.of(groups.computeIfAbsent(NONE, k -> new Tally(null, null, null, null)));
			}
			return owners.stream().map(id -> groups.computeIfAbsent(id, k -> new Tally(k, null, null, null))).toList();
		}
		if (groupBy == FunnelGroupBy.LEAD_SOURCE) {
			String type = source.type() == null ? NONE : source.type();
			String kind = source.kind();
			String key = kind == null ? type : type + ":" + kind;
			// a person is a CUSTOMER or PERSONAL_NETWORK source by their account: the PERSON group holds both
			String reportKind = "PERSON".equals(type) ? null : source.reportKind();
			return List.of(groups.computeIfAbsent(key, k -> new Tally(null, type, kind, reportKind)));
		}
		if (groupBy == FunnelGroupBy.LEAD_SOURCE_KIND) {
			String kind = source.reportKind();
			return List.of(groups.computeIfAbsent(kind, k -> new Tally(null, null, null, k)));
		}
		return List.of();
	}

	/**
	 * An account's lead source: its type (ACCOUNT, PERSON, ORGANIZATION, CHANNEL; null when nobody referred it),
	 * the kind of an Organization or Channel source, and whether a Person source works at a customer account.
	 */
	private record LeadSource(String type, String kind, boolean customerAccount) {

		static final LeadSource NOBODY = new LeadSource(null, null, false);

		/** The referral-source report's kind of this source, or NONE when nobody referred the account. */
		String reportKind() {
			if (this.type == null) {
				return NONE;
			}
			String label = switch (this.type) {
				case "ACCOUNT" -> "Account";
				case "PERSON" -> "Person";
				case "ORGANIZATION" -> "Organization";
				default -> "Channel";
			};
			return SourceKind.of(List.of(label), this.kind, this.customerAccount).name();
		}

	}

	/** The stage of a stored lifecycle value, or null for any other value (counted at no stage). */
	private static Lifecycle stageOf(Object stored) {
		for (Lifecycle stage : Lifecycle.values()) {
			if (stage.name().equals(stored)) {
				return stage;
			}
		}
		return null;
	}

	private static int noneLast(String a, String b) {
		if (a.equals(b)) {
			return 0;
		}
		if (a.equals(NONE) || b.equals(NONE)) {
			return a.equals(NONE) ? 1 : -1;
		}
		return a.compareTo(b);
	}

	private static final class Tally {

		private final String repId;

		private final String sourceType;

		private final String sourceKind;

		private final String kind;

		private final Map<Lifecycle, Integer> counts = new EnumMap<>(Lifecycle.class);

		Tally(String repId, String sourceType, String sourceKind, String kind) {
			this.repId = repId;
			this.sourceType = sourceType;
			this.sourceKind = sourceKind;
			this.kind = kind;
		}

		/** Counts an account at this stage; an account without a known stage counts at none. */
		void add(Lifecycle stage) {
			if (stage != null) {
				this.counts.merge(stage, 1, Integer::sum);
			}
		}

		FunnelStats stats() {
			return FunnelStats.of(count(Lifecycle.POTENTIAL), count(Lifecycle.PROSPECT), count(Lifecycle.RETAINED),
					count(Lifecycle.LOST));
		}

		private int count(Lifecycle stage) {
			return this.counts.getOrDefault(stage, 0);
		}

	}

}
