package org.guanxi.referral.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guanxi.account.AccountNotFound;
import org.guanxi.core.Check;
import org.guanxi.core.HiddenEntities;
import org.guanxi.core.HiddenEntity;
import org.guanxi.core.InvalidInput;
import org.guanxi.graph.Cypher;
import org.guanxi.referral.analytics.internal.ReferralBfs;
import org.guanxi.referral.analytics.internal.ReferralEdge;
import org.guanxi.referral.analytics.internal.SourceNodes;
import org.guanxi.referral.analytics.internal.TreeTotals;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral chains (back from one account or person to the original source) and referral trees (forward from
 * one source), as defined in design.md and docs/referrals.md. Both are anchored on one node and bounded.
 */
@Service
@Transactional(readOnly = true)
public class ReferralChainService {

	private static final List<String> TARGET_ACCOUNT = List.of("Account");

	private static final List<String> TARGET_PERSON = List.of("Person");

	private static final List<String> ANY_SOURCE = List.of("Account", "Person", "Organization", "Channel");

	/** How many links beyond a level's nodes treeEdges.cypher reads in one query (its search's bound). */
	private static final int TREE_LEVELS_PER_QUERY = 4;

	/** How many steps back chainSteps.cypher walks in one query. */
	private static final int CHAIN_STEPS_PER_QUERY = 5;

	private final Cypher cypher;

	private final ReferralAnalyticsSettings settings;

	ReferralChainService(Cypher cypher, ReferralAnalyticsSettings settings) {
		this.cypher = cypher;
		this.settings = settings;
	}

	/** The referral chain of an account; {@link AccountNotFound} when the id is unknown. */
	public ReferralChain accountChain(String accountId) {
		return chain(first(accountId, TARGET_ACCOUNT).orElseThrow(() -> new AccountNotFound(accountId)));
	}

	/** The referral chain of a person; {@link ReferralSourceNotFound} when the id is unknown. */
	public ReferralChain personChain(String personId) {
		return chain(first(personId, TARGET_PERSON)
			.orElseThrow(() -> new ReferralSourceNotFound("Person", personId)));
	}

	/**
	 * The referral tree of a source.
	 * @param sourceId an Account, Person, Organization or Channel id
	 * @param maxDepth 1 or more, null for the default; capped at the configured cap
	 * @param decay 0..1, null for the configured default
	 */
	public ReferralTree tree(String sourceId, Integer maxDepth, Double decay) {
		int depth = depth(maxDepth);
		double weight = decay(decay);
		FoundNode source = walk(null, sourceId, ANY_SOURCE, false)
			.orElseThrow(() -> new ReferralSourceNotFound("ReferralSource", sourceId))
			.start();
		Map<String, Reached> reached = new HashMap<>();
		HiddenEntities hidden = HiddenEntities.forRequest();
		List<ReferralBfs.Visit> visits = ReferralBfs.walk(source.ref(), depth, new TreeEdges(depth, reached, hidden));
		Map<String, String> idByRef = new HashMap<>();
		idByRef.put(source.ref(), SourceNodes.id(source.record()));
		reached.forEach((ref, r) -> idByRef.put(ref, SourceNodes.id(r.record())));
		Map<String, Double> revenue = new HashMap<>();
		reached.forEach((ref, r) -> revenue.put(ref, r.revenue()));
		List<ReferralTreeNode> nodes = visits.stream()
			.map(v -> new ReferralTreeNode(reached.get(v.node()).record(), v.depth(), idByRef.get(v.via().from()),
					revenue.get(v.node())))
			.toList();
		TreeTotals totals = TreeTotals.of(visits, revenue, weight);
		boolean revenueHidden = visits.stream().map(v -> reached.get(v.node())).anyMatch(Reached::revenueHidden);
		return new ReferralTree(source.record(), depth, weight, totals.directReferrals(), totals.totalReferrals(),
				totals.directRevenue(), totals.indirectRevenue(), nodes, revenueHidden);
	}

	int depth(Integer maxDepth) {
		int depth = maxDepth == null ? this.settings.maxDepth() : maxDepth;
		if (depth < 1) {
			throw new InvalidInput("error.maxDepth", depth);
		}
		return Math.min(depth, this.settings.maxDepthCap());
	}

	double decay(Double decay) {
		Check.unit("decay", decay);
		return decay == null ? this.settings.decay() : decay;
	}

	private ReferralChain chain(Walk first) {
		HiddenEntities hidden = HiddenEntities.forRequest();
		FoundNode start = first.start();
		List<Object> nodes = new ArrayList<>(List.of(start.record()));
		List<ReferralLink> links = new ArrayList<>();
		Set<String> seen = new HashSet<>(Set.of(start.ref()));
		FoundNode current = start;
		Walk walk = first;
		boolean more = true;
		while (more) {
			List<Referrer> steps = walk.steps(hidden);
			more = steps.size() == CHAIN_STEPS_PER_QUERY;
			for (Referrer step : steps) {
				if (links.size() >= this.settings.chainMaxLength() || !seen.add(step.source().ref())) {
					more = false;
					break;
				}
				nodes.add(step.source().record());
				boolean hiddenEnd = step.source().record() instanceof HiddenEntity
						|| current.record() instanceof HiddenEntity;
				links.add(new ReferralLink(step.source().record(), current.record(), step.at(),
						hiddenEnd ? null : step.note()));
				current = step.source();
			}
			if (more) {
				// all the steps one query walks were new: on from the last of them
				walk = walk(current.ref(), null, List.of(), true).orElse(null);
				more = walk != null;
			}
		}
		Collections.reverse(nodes);
		Collections.reverse(links);
		return new ReferralChain(List.copyOf(nodes), List.copyOf(links));
	}

	/** A node found by id among the labels, with the first referrers back from it; empty when there is none. */
	private Optional<Walk> first(String id, List<String> labels) {
		return walk(null, id, labels, true);
	}

	/**
	 * The node of element id {@code ref} (or, for null, of {@code id} among the labels) and, when {@code back}, the
	 * next referrers back from it, as many as one query walks ({@code referral/chainSteps}).
	 */
	@SuppressWarnings("unchecked")
	private Optional<Walk> walk(String ref, String id, List<String> labels, boolean back) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ref", ref);
		parameters.put("id", id);
		parameters.put("labels", labels);
		parameters.put("back", back);
		return this.cypher.query("referral/chainSteps", parameters)
			.fetch()
			.one()
			.map(row -> new Walk(foundNode((Map<String, Object>) row.get("start"), null),
					(List<Map<String, Object>>) row.get("steps")));
	}

	/**
	 * The outgoing edges of each level of a tree's walk, read up to {@link #TREE_LEVELS_PER_QUERY} + 1 levels at a
	 * time ({@code referral/treeEdges}): those of a level's nodes and of every node within that many links of them.
	 * A node at depth d of the walk is within d - b links of the level at depth b the last query started from, so
	 * its edges were read when d - b is at most that many. The targets go into {@code reached}.
	 */
	private final class TreeEdges implements ReferralBfs.Children {

		private final int maxDepth;

		private final Map<String, Reached> reached;

		private final HiddenEntities hidden;

		private final Map<String, List<ReferralEdge>> edges = new HashMap<>();

		/** The depth of the next level asked for (0: the source). */
		private int depth;

		/** The depth of the level the last query started from. */
		private int base;

		TreeEdges(int maxDepth, Map<String, Reached> reached, HiddenEntities hidden) {
			this.maxDepth = maxDepth;
			this.reached = reached;
			this.hidden = hidden;
		}

		@Override
		public Map<String, List<ReferralEdge>> of(Collection<String> level) {
			int at = this.depth++;
			if (at == 0 || at - this.base > TREE_LEVELS_PER_QUERY) {
				read(level, Math.min(this.maxDepth - 1 - at, TREE_LEVELS_PER_QUERY));
				this.base = at;
			}
			Map<String, List<ReferralEdge>> out = new HashMap<>();
			for (String ref : level) {
				List<ReferralEdge> from = this.edges.get(ref);
				if (from != null) {
					out.put(ref, from);
				}
			}
			return out;
		}

		private void read(Collection<String> refs, int levels) {
			for (Map<String, Object> row : ReferralChainService.this.cypher
				.query("referral/treeEdges", Map.of("refs", List.copyOf(refs), "levels", levels))
				.fetch()
				.all()) {
				ReferralEdge edge = new ReferralEdge((String) row.get("from"), (String) row.get("fromId"),
						(String) row.get("to"), (LocalDate) row.get("at"));
				this.edges.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
				this.reached.computeIfAbsent(edge.to(), k -> reached(row, this.hidden));
			}
		}

	}

	/** A reached node with its revenue; a node the user may not see shows none, and says it hides some. */
	private static Reached reached(Map<String, Object> row, HiddenEntities hidden) {
		double revenue = ((Number) row.get("revenue")).doubleValue();
		FoundNode found = foundNode(row, hidden);
		if (found.record() instanceof HiddenEntity) {
			return new Reached(found.record(), 0.0, revenue > 0);
		}
		return new Reached(found.record(), revenue, false);
	}

	/**
	 * The record of a node row; a {@link HiddenEntity} when the row says the user may not see it (rows without
	 * {@code visible} are of nodes already checked).
	 */
	@SuppressWarnings("unchecked")
	static FoundNode foundNode(Map<String, Object> row, HiddenEntities hidden) {
		List<String> labels = (List<String>) row.get("labels");
		String ref = (String) row.get("ref");
		ref = ref == null ? (String) row.get("to") : ref;
		if (hidden != null && Boolean.FALSE.equals(row.get("visible"))) {
			return new FoundNode(ref, hidden.of(ref, (List<String>) row.get("colleagues")));
		}
		return new FoundNode(ref, SourceNodes.record(labels, (Node) row.get("node"), (String) row.get("accountId")));
	}


	record FoundNode(String ref, Object record) {
	}

	/** A node and the rows of the next referrers back from it, as one query walks them. */
	private record Walk(FoundNode start, List<Map<String, Object>> rows) {

		/** The referrers, nearest first. */
		List<Referrer> steps(HiddenEntities hidden) {
			return this.rows.stream()
				.sorted(Comparator.comparingLong(step -> ((Number) step.get("step")).longValue()))
				.map(step -> new Referrer(foundNode(step, hidden), (LocalDate) step.get("at"), (String) step.get("note")))
				.toList();
		}

	}

	private record Referrer(FoundNode source, LocalDate at, String note) {
	}

	private record Reached(Object record, double revenue, boolean revenueHidden) {
	}

}
