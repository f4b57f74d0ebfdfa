package org.guanxi.referral.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first walk along {@code REFERRED} edges from one source, level by level, up to a depth. Every node
 * reached is listed once, at its shortest depth; its parent is the preferred ({@link ReferralEdge#PREFERRED})
 * of its incoming edges from the level above. The source itself is never listed, even when a cycle leads
 * back to it.
 */
public final class ReferralBfs {

	/** The outgoing edges of a level's nodes, by element id of the source. */
	@FunctionalInterface
	public interface Children {

		Map<String, List<ReferralEdge>> of(Collection<String> nodes);

	}

	/**
	 * A node reached by the walk.
	 *
	 * @param node element id
	 * @param depth shortest number of links from the source (1 = referred by the source itself)
	 * @param via the edge from its parent in the walk
	 */
	public record Visit(String node, int depth, ReferralEdge via) {
	}

	private ReferralBfs() {
	}

	/** The nodes reached from {@code source} within {@code maxDepth} links, by depth, then by parent choice. */
	public static List<Visit> walk(String source, int maxDepth, Children children) {
		Map<String, Visit> reached = new LinkedHashMap<>();
		List<String> frontier = List.of(source);
		for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
			Map<String, ReferralEdge> best = preferredNewEdges(source, reached, children.of(frontier));
			List<String> next = new ArrayList<>();
			for (ReferralEdge edge : sorted(best.values())) {
				reached.put(edge.to(), new Visit(edge.to(), depth, edge));
				next.add(edge.to());
			}
			frontier = next;
		}
		return List.copyOf(reached.values());
	}

	private static Map<String, ReferralEdge> preferredNewEdges(String source, Map<String, Visit> reached,
			Map<String, List<ReferralEdge>> edges) {
		Map<String, ReferralEdge> best = new HashMap<>();
		for (List<ReferralEdge> out : edges.values()) {
			for (ReferralEdge edge : out) {
				if (edge.to().equals(source) || reached.containsKey(edge.to())) {
					continue;
				}
				best.merge(edge.to(), edge, (a, b) -> ReferralEdge.PREFERRED.compare(a, b) <= 0 ? a : b);
			}
		}
		return best;
	}

	private static List<ReferralEdge> sorted(Collection<ReferralEdge> edges) {
		List<ReferralEdge> list = new ArrayList<>(edges);
		list.sort(ReferralEdge.PREFERRED.thenComparing(ReferralEdge::to));
		return list;
	}

}
