package org.guanxi.team.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The best simple paths between two nodes of an undirected weighted graph with at most {@code maxHops} edges,
 * best first by the product of the tie strengths, then by fewer hops, then by the node keys.
 * <p>
 * Bidirectional and bounded: it enumerates the simple half-paths from both ends, one hop at a time, always
 * growing the side with the smaller frontier, until the two depths add up to {@code maxHops}; it then joins
 * them at their meeting nodes. Only the neighbourhoods of the frontier nodes are ever loaded (one call of
 * {@link Neighbourhoods#load} per hop), so the work depends on the degrees near both ends, never on the size of
 * the graph. Each path is found once: it is split where the forward half has its full depth (or, for a short
 * path, at the target).
 */
public final class IntroPathSearch {

	/** Loads the ties of some nodes: for each node key, its neighbours and the tie strength. */
	@FunctionalInterface
	public interface Neighbourhoods {

		Map<String, Map<String, Double>> load(Collection<String> keys);

	}

	/** A path from the source to the target, both included. */
	public record Path(List<String> nodes, double strength) {

		public int hops() {
			return this.nodes.size() - 1;
		}

	}

	/** Too many half-paths to enumerate: the neighbourhoods of the ends are too large for the hops asked. */
	public static final class TooWide extends RuntimeException {

		private final long limit;

		TooWide(long limit) {
			super("more than " + limit + " partial paths");
			this.limit = limit;
		}

		/** The most partial paths the search holds. */
		public long limit() {
			return this.limit;
		}

	}

	/** Orders paths best first: strength (to 12 significant places), then hops, then node keys. */
	public static final Comparator<Path> BEST_FIRST = Comparator
		.comparingLong((Path p) -> -Math.round(p.strength() * 1e12))
		.thenComparingInt(Path::hops)
		.thenComparing(p -> String.join("\u0000", p.nodes()));

	private final Neighbourhoods graph;

	private final long maxHalfPaths;

	private final Map<String, Map<String, Double>> adjacency = new HashMap<>();

	public IntroPathSearch(Neighbourhoods graph, long maxHalfPaths) {
		this.graph = graph;
		this.maxHalfPaths = maxHalfPaths;
	}

	/** A simple path seen from one end: its last node, the rest, the product of strengths so far. */
	private record Half(String node, Half previous, double strength, int length) {

		boolean contains(String key) {
			for (Half h = this; h != null; h = h.previous) {
				if (h.node.equals(key)) {
					return true;
				}
			}
			return false;
		}

		void addTo(List<String> nodes) {
			for (Half h = this; h != null; h = h.previous) {
				nodes.add(h.node);
			}
		}

	}

	/** The half-paths from one end, by length. */
	private static final class Side {

		final String start;

		final String stop;

		final List<List<Half>> byLength = new ArrayList<>();

		Side(String start, String stop) {
			this.start = start;
			this.stop = stop;
			this.byLength.add(List.of(new Half(start, null, 1.0, 0)));
		}

		int depth() {
			return this.byLength.size() - 1;
		}

		List<Half> deepest() {
			return this.byLength.get(depth());
		}

		Set<String> frontier() {
			Set<String> nodes = new LinkedHashSet<>();
			for (Half h : deepest()) {
				if (!h.node.equals(this.stop)) {
					nodes.add(h.node);
				}
			}
			return nodes;
		}

	}

	/**
	 * The best {@code limit} simple paths from {@code source} to {@code target} of at most {@code maxHops}
	 * ties.
	 */
	public List<Path> best(String source, String target, int maxHops, int limit) {
		Side forward = new Side(source, target);
		Side backward = new Side(target, source);
		long halves = 2;
		while (forward.depth() + backward.depth() < maxHops) {
			Set<String> forwardFrontier = forward.frontier();
			Set<String> backwardFrontier = backward.frontier();
			if (forwardFrontier.isEmpty() || backwardFrontier.isEmpty()) {
				break;
			}
			boolean growForward = forwardFrontier.size() <= backwardFrontier.size();
			Side side = growForward ? forward : backward;
			halves += grow(side, growForward ? forwardFrontier : backwardFrontier);
			if (halves > this.maxHalfPaths) {
				throw new TooWide(this.maxHalfPaths);
			}
		}
		return join(forward, backward, limit);
	}

	private long grow(Side side, Set<String> frontier) {
		load(frontier);
		List<Half> grown = new ArrayList<>();
		for (Half half : side.deepest()) {
			if (half.node.equals(side.stop)) {
				continue;
			}
			for (Map.Entry<String, Double> tie : this.adjacency.getOrDefault(half.node, Map.of()).entrySet()) {
				if (!half.contains(tie.getKey())) {
					grown.add(new Half(tie.getKey(), half, half.strength * tie.getValue(), half.length + 1));
				}
			}
		}
		side.byLength.add(grown);
		return grown.size();
	}

	private void load(Set<String> frontier) {
		List<String> missing = frontier.stream().filter(k -> !this.adjacency.containsKey(k)).toList();
		if (missing.isEmpty()) {
			return;
		}
		Map<String, Map<String, Double>> loaded = this.graph.load(missing);
		for (String key : missing) {
			this.adjacency.put(key, loaded.getOrDefault(key, Map.of()));
		}
	}

	private static List<Path> join(Side forward, Side backward, int limit) {
		Map<String, List<Half>> backwardByEnd = new HashMap<>();
		for (List<Half> halves : backward.byLength) {
			for (Half h : halves) {
				backwardByEnd.computeIfAbsent(h.node, k -> new ArrayList<>()).add(h);
			}
		}
		PriorityQueue<Path> kept = new PriorityQueue<>(BEST_FIRST.reversed());
		for (List<Half> halves : forward.byLength) {
			for (Half f : halves) {
				boolean full = f.length == forward.depth();
				for (Half b : backwardByEnd.getOrDefault(f.node, List.of())) {
					if ((full || b.length == 0) && f.length + b.length > 0 && disjoint(f, b)) {
						keep(kept, path(f, b), limit);
					}
				}
			}
		}
		List<Path> best = new ArrayList<>(kept);
		best.sort(BEST_FIRST);
		return best;
	}

	private static void keep(PriorityQueue<Path> kept, Path path, int limit) {
		kept.add(path);
		if (kept.size() > limit) {
			kept.poll();
		}
	}

	private static boolean disjoint(Half forward, Half backward) {
		Set<String> seen = new HashSet<>();
		for (Half h = forward.previous; h != null; h = h.previous) {
			seen.add(h.node);
		}
		for (Half h = backward.previous; h != null; h = h.previous) {
			if (seen.contains(h.node)) {
				return false;
			}
		}
		return true;
	}

	private static Path path(Half forward, Half backward) {
		List<String> nodes = new ArrayList<>(forward.length + backward.length + 1);
		forward.addTo(nodes);
		java.util.Collections.reverse(nodes);
		if (backward.previous != null) {
			backward.previous.addTo(nodes);
		}
		return new Path(List.copyOf(nodes), forward.strength * backward.strength);
	}

}
