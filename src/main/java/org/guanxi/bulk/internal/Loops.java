package org.guanxi.bulk.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the referrals of a file that would close a loop, with the referrals already stored and the earlier rows
 * of the file, as recordReferral refuses them: rows are taken in line order, and a referral from s to t is
 * refused when t already leads to s.
 */
final class Loops {

	/** One referral row: its line and its two ends ({@code type:id}). */
	record Edge(long line, String source, String target) {
	}

	private final StoredTies stored;

	private final Map<String, List<String>> out = new HashMap<>();

	Loops(StoredTies stored) {
		this.stored = stored;
	}

	/** The rows refused, by line, each with the chain it would close (source first). */
	Map<Long, List<String>> refused(List<Edge> edges) {
		fetchStored(edges);
		Map<Long, List<String>> refused = new LinkedHashMap<>();
		for (Edge edge : edges) {
			List<String> chain = path(edge.target(), edge.source());
			if (chain != null) {
				List<String> loop = new ArrayList<>();
				loop.add(edge.source());
				loop.addAll(chain);
				refused.put(edge.line(), loop);
			}
			else {
				this.out.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge.target());
			}
		}
		return refused;
	}

	/** Loads the stored referrals reachable from the file's targets, level by level. */
	private void fetchStored(List<Edge> edges) {
		Set<String> seen = new HashSet<>();
		List<String> frontier = new ArrayList<>();
		for (Edge edge : edges) {
			if (seen.add(edge.target())) {
				frontier.add(edge.target());
			}
		}
		while (!frontier.isEmpty()) {
			Map<String, List<String>> found = this.stored.referred(frontier);
			List<String> next = new ArrayList<>();
			found.forEach((from, targets) -> {
				this.out.computeIfAbsent(from, k -> new ArrayList<>()).addAll(targets);
				targets.stream().filter(seen::add).forEach(next::add);
			});
			frontier = next;
		}
	}

	/** A path from one node to another along the referrals known so far (both ends included), or null. */
	private List<String> path(String from, String to) {
		Map<String, String> parent = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add(from);
		parent.put(from, null);
		while (!queue.isEmpty()) {
			String node = queue.poll();
			if (node.equals(to)) {
				List<String> path = new ArrayList<>();
				for (String n = node; n != null; n = parent.get(n)) {
					path.add(0, n);
				}
				return path;
			}
			for (String next : this.out.getOrDefault(node, List.of())) {
				if (!parent.containsKey(next)) {
					parent.put(next, node);
					queue.add(next);
				}
			}
		}
		return null;
	}

}
