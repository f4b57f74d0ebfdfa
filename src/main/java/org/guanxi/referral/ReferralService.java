package org.guanxi.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanxi.core.Check;
import org.guanxi.core.Deletion;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.guanxi.graph.Props;
import org.guanxi.referral.analytics.ReferralGradeRule;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and removes referrals ({@code (source)-[:REFERRED {at, note}]->(target)}) and reads them. Sources are
 * accounts, people, organisations and channels; targets are accounts and people. Ids are unique per label
 * only: an id that names several possible nodes is refused as ambiguous.
 */
@Service
@Transactional(readOnly = true)
public class ReferralService {

	private static final List<Party> ANY = List.of(Party.values());

	private static final Text ANY_KIND = Text.of("kinds.anyParty");

	private static final Text TARGET_KIND = Text.of("kinds.target");

	private final Cypher cypher;

	private final Clock clock;

	private final ReferralGradeRule gradeRule;

	ReferralService(Cypher cypher, Clock clock, ReferralGradeRule gradeRule) {
		this.cypher = cypher;
		this.clock = clock;
		this.gradeRule = gradeRule;
	}

	/**
	 * The referral source with this id: an {@code Account}, {@code Person}, {@link Organization} or
	 * {@link Channel} record.
	 */
	public Object source(String id) {
		String sourceId = Check.id("id", id);
		return single("ReferralSource", sourceId, resolve(List.of(sourceId)).get(sourceId), ANY_KIND).record();
	}

	/**
	 * Records that the source brought us the target as a lead: one referral per (source, target), created or
	 * updated. {@code at} is today (configured time zone) when absent on creation; absent {@code at} or
	 * {@code note} keep those of an existing referral, a blank note removes it. Refused, with nothing written,
	 * when an id is unknown or ambiguous, the target is not an account or person, the source is the target,
	 * or the target already leads to the source along referrals (a cycle).
	 */
	@Transactional
	public Referral record(ReferralInput input) {
		String sourceId = Check.id("sourceId", input.sourceId());
		String targetId = Check.id("targetId", input.targetId());
		this.cypher.query("referral/lockReferrals").run();
		Map<String, List<Found>> found = resolve(List.of(sourceId, targetId));
		Found source = single("ReferralSource", sourceId, found.get(sourceId), ANY_KIND);
		Found target = target(targetId, found.get(targetId));
		if (sourceId.equals(targetId)) {
			throw new InvalidInput("error.refersItself", source.describe());
		}
		refuseCycle(source, target);
		Map<String, Object> parameters = new HashMap<>(endpoints(source, target));
		parameters.put("at", input.at());
		parameters.put("today", LocalDate.now(this.clock));
		parameters.put("noteGiven", input.note() != null);
		parameters.put("note", input.note() == null || input.note().isBlank() ? null : input.note().strip());
		Map<String, Object> edge = this.cypher.query("referral/record", parameters).fetch().one().orElseThrow();
		if (this.gradeRule.referralRecorded(targetId).isPresent()) {
			target = target(targetId, resolve(List.of(targetId)).get(targetId));
		}
		return new Referral(source.record(), target.record(), (LocalDate) edge.get("at"), (String) edge.get("note"));
	}

	/** Removes the referral from the source to the target. */
	@Transactional
	public Deletion unlink(String sourceId, String targetId) {
		String from = Check.id("sourceId", sourceId);
		String to = Check.id("targetId", targetId);
		Map<String, List<Found>> found = resolve(List.of(from, to));
		Found source = single("ReferralSource", from, found.get(from), ANY_KIND);
		Found target = target(to, found.get(to));
		Map<String, Object> result = this.cypher.query("referral/unlink", endpoints(source, target))
			.fetch()
			.one()
			.orElseThrow();
		if (((Number) result.get("deleted")).longValue() == 0) {
			throw new ReferralNotFound(from, to);
		}
		return new Deletion(from + "->" + to, List.of(Text.of("removed.referral", source.describe(), target.describe())));
	}

	/** Who referred each of these accounts or people, by their id, earliest first; ids without any are left out. */
	public Map<String, List<Referral>> referredBy(Party target, Collection<String> ids) {
		if (!target.canBeReferred()) {
			throw new IllegalArgumentException(target + " cannot be referred");
		}
		return referrals("referral/referredBy", target, ids);
	}

	/** Whom each of these sources referred, by their id, earliest first; ids without any are left out. */
	public Map<String, List<Referral>> referred(Party source, Collection<String> ids) {
		return referrals("referral/referred", source, ids);
	}

	private Map<String, List<Referral>> referrals(String query, Party party, Collection<String> ids) {
		Map<String, List<Referral>> byId = new LinkedHashMap<>();
		this.cypher.query(query, Map.of("label", party.label(), "ids", List.copyOf(ids)))
			.fetchAs(Keyed.class)
			.mappedBy((types, row) -> new Keyed(row.get("key").asString(),
					new Referral(record(row.get("s").asNode(), Props.string(row, "sAccountId")),
							record(row.get("t").asNode(), Props.string(row, "tAccountId")), Props.date(row, "at"),
							Props.string(row, "note"))))
			.all()
			.forEach(k -> byId.computeIfAbsent(k.key(), key -> new ArrayList<>()).add(k.referral()));
		return byId;
	}

	/** The nodes of any referral party with these ids, by id (one id may name several nodes). */
	private Map<String, List<Found>> resolve(List<String> ids) {
		return this.cypher.query("referral/nodesByIds", Map.of("ids", ids.stream().distinct().toList(), "labels", Party.labels(ANY)))
			.fetchAs(Found.class)
			.mappedBy((types, row) -> {
				Node node = row.get("n").asNode();
				Party party = Party.of(row.get("label").asString());
				return new Found(row.get("id").asString(), party, row.get("elementId").asString(), node,
						party.record(node, Props.string(row, "accountId")));
			})
			.all()
			.stream()
			.collect(Collectors.groupingBy(Found::id));
	}

	private static Found target(String id, List<Found> candidates) {
		List<Found> referable = candidates == null ? List.of()
				: candidates.stream().filter(f -> f.party().canBeReferred()).toList();
		if (referable.isEmpty() && candidates != null && !candidates.isEmpty()) {
			throw new InvalidInput("error.notReferable", candidates.get(0).describe());
		}
		return single("ReferralTarget", id, referable, TARGET_KIND);
	}

	private static Found single(String role, String id, List<Found> candidates, Text kinds) {
		if (candidates == null || candidates.isEmpty()) {
			throw new ReferralPartyNotFound(role, id, kinds);
		}
		if (candidates.size() > 1) {
			throw new InvalidInput("error.ambiguousParty", Text.of("entity." + role), id,
					Text.list(candidates.stream().map(Found::describe).toList()));
		}
		return candidates.get(0);
	}

	private void refuseCycle(Found source, Found target) {
		this.cypher.query("referral/chain", Map.of("from", target.elementId(), "to", source.elementId()))
			.fetch()
			.one()
			.ifPresent(row -> {
				String chain = ((List<?>) row.get("chain")).stream()
					.map(step -> (Map<?, ?>) step)
					.map(step -> step.get("name") + " (" + step.get("id") + ")")
					.collect(Collectors.joining(" -> "));
				throw new InvalidInput("error.referralCycle", source.describe(), target.describe(), target.id(),
						source.id(), chain);
			});
	}

	private static Map<String, Object> endpoints(Found source, Found target) {
		return Map.of("source", source.elementId(), "target", target.elementId());
	}

	private static Object record(Node node, String accountId) {
		return Party.of(node).record(node, accountId);
	}

	/** A node an id names, with its record. */
	private record Found(String id, Party party, String elementId, Node node, Object record) {

		Text describe() {
			return Text.of("referral.party", Text.of("entity." + party().label()), Props.string(node(), "name"), id());
		}

	}

	private record Keyed(String key, Referral referral) {
	}

}
