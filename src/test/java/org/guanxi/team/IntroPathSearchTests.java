package org.guanxi.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.guanxi.team.internal.IntroPathSearch;
import org.guanxi.team.internal.IntroPathSearch.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntroPathSearchTests {

	/**
	 * r knows a (0.9), b (0.6) and t (0.5); a knows c (1.0) and t (0.8); b knows c (0.5) and t (1.0); c knows t
	 * (0.9). All simple paths r..t, by hand: r-a-c-t 0.81, r-a-t 0.72, r-b-t 0.6, r-t 0.5, r-a-c-b-t 0.45,
	 * r-b-c-t 0.27, r-b-c-a-t 0.24.
	 */
	private final Graph small = new Graph().tie("r", "a", 0.9)
		.tie("r", "b", 0.6)
		.tie("r", "t", 0.5)
		.tie("a", "c", 1.0)
		.tie("a", "t", 0.8)
		.tie("b", "c", 0.5)
		.tie("b", "t", 1.0)
		.tie("c", "t", 0.9);

	@Test
	void bestFirstByStrengthThenHops() {
		List<Path> paths = search(this.small, 4, 10);
		assertThat(paths).extracting(Path::nodes)
			.containsExactly(List.of("r", "a", "c", "t"), List.of("r", "a", "t"), List.of("r", "b", "t"),
					List.of("r", "t"), List.of("r", "a", "c", "b", "t"), List.of("r", "b", "c", "t"),
					List.of("r", "b", "c", "a", "t"));
		assertStrengths(paths, 0.81, 0.72, 0.6, 0.5, 0.45, 0.27, 0.24);
		assertStrengths(search(this.small, 4, 3), 0.81, 0.72, 0.6);
	}

	@Test
	void hopsBoundThePaths() {
		assertThat(search(this.small, 2, 10)).extracting(Path::nodes)
			.containsExactly(List.of("r", "a", "t"), List.of("r", "b", "t"), List.of("r", "t"));
		assertThat(search(this.small, 1, 10)).extracting(Path::nodes).containsExactly(List.of("r", "t"));
		assertThat(search(this.small, 3, 10)).extracting(Path::hops).containsExactly(3, 2, 2, 1, 3);
	}

	@Test
	void fewerHopsWinATie() {
		Graph g = new Graph().tie("r", "t", 0.5).tie("r", "a", 1.0).tie("a", "t", 0.5).tie("r", "b", 0.5).tie("b", "t", 1.0);
		assertThat(search(g, 4, 5)).extracting(Path::nodes)
			.containsExactly(List.of("r", "t"), List.of("r", "a", "t"), List.of("r", "b", "t"));
	}

	@Test
	void noPathWithinTheHopsIsEmpty() {
		Graph g = new Graph().tie("r", "a", 1).tie("a", "b", 1).tie("b", "c", 1).tie("c", "t", 1).tie("x", "y", 1);
		assertThat(search(g, 3, 3)).isEmpty();
		assertThat(search(g, 4, 3)).extracting(Path::hops).containsExactly(4);
		assertThat(new IntroPathSearch(g, 1000).best("r", "y", 6, 3)).isEmpty();
		assertThat(new IntroPathSearch(new Graph(), 1000).best("r", "t", 4, 3)).isEmpty();
	}

	@Test
	void loadsOneNeighbourhoodPerHopAndNeverTheWholeGraph() {
		Graph g = randomGraph(new Random(7), 2000, 3);
		AtomicInteger calls = new AtomicInteger();
		List<String> loaded = new ArrayList<>();
		IntroPathSearch search = new IntroPathSearch(keys -> {
			calls.incrementAndGet();
			loaded.addAll(keys);
			return g.load(keys);
		}, 1_000_000);
		search.best("n0", "n1", 4, 3);
		assertThat(calls.get()).isLessThanOrEqualTo(4);
		assertThat(loaded.size()).isLessThan(500);
	}

	@Test
	void givesUpWhenTheNeighbourhoodsAreTooWide() {
		Graph g = new Graph();
		for (int i = 0; i < 50; i++) {
			g.tie("r", "m" + i, 1);
			for (int j = 0; j < 50; j++) {
				g.tie("m" + i, "k" + j, 1);
			}
		}
		g.tie("t", "k0", 1);
		assertThatThrownBy(() -> new IntroPathSearch(g, 100).best("r", "t", 6, 3))
			.isInstanceOf(IntroPathSearch.TooWide.class);
	}

	@Test
	void matchesABruteForceEnumerationOnRandomGraphs() {
		Random random = new Random(11);
		for (int round = 0; round < 30; round++) {
			Graph g = randomGraph(random, 40, 3 + random.nextInt(3));
			String source = "n" + random.nextInt(40);
			String target = "n" + random.nextInt(40);
			if (source.equals(target)) {
				continue;
			}
			for (int hops = 1; hops <= 6; hops++) {
				List<Path> expected = bruteForce(g, source, target, hops);
				expected.sort(IntroPathSearch.BEST_FIRST);
				List<Path> top = expected.subList(0, Math.min(5, expected.size()));
				List<Path> actual = new IntroPathSearch(g, 10_000_000).best(source, target, hops, 5);
				assertThat(actual).extracting(Path::nodes).as("%s..%s in %d", source, target, hops)
					.isEqualTo(top.stream().map(Path::nodes).toList());
				for (int i = 0; i < actual.size(); i++) {
					assertThat(actual.get(i).strength()).isCloseTo(top.get(i).strength(), within(1e-12));
				}
			}
		}
	}

	private static void assertStrengths(List<Path> paths, double... expected) {
		assertThat(paths).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(paths.get(i).strength()).isCloseTo(expected[i], within(1e-12));
		}
	}

	private static List<Path> search(Graph g, int maxHops, int limit) {
		return new IntroPathSearch(g, 1_000_000).best("r", "t", maxHops, limit);
	}

	private static Graph randomGraph(Random random, int n, int degree) {
		Graph g = new Graph();
		for (int i = 0; i < n * degree / 2; i++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				g.tie("n" + a, "n" + b, Math.round(random.nextDouble() * 10) / 10.0);
			}
		}
		return g;
	}

	/** Every simple path by depth-first search, independently of the search under test. */
	private static List<Path> bruteForce(Graph g, String source, String target, int maxHops) {
		List<Path> paths = new ArrayList<>();
		List<String> stack = new ArrayList<>(List.of(source));
		extend(g, stack, 1.0, target, maxHops, paths);
		return paths;
	}

	private static void extend(Graph g, List<String> stack, double strength, String target, int maxHops,
			List<Path> paths) {
		String last = stack.get(stack.size() - 1);
		if (last.equals(target)) {
			paths.add(new Path(List.copyOf(stack), strength));
			return;
		}
		if (stack.size() - 1 == maxHops) {
			return;
		}
		for (Map.Entry<String, Double> tie : g.ties.getOrDefault(last, Map.of()).entrySet()) {
			if (!stack.contains(tie.getKey())) {
				stack.add(tie.getKey());
				extend(g, stack, strength * tie.getValue(), target, maxHops, paths);
				stack.remove(stack.size() - 1);
			}
		}
	}

	/** An undirected graph in memory; parallel ties keep the strongest. */
	static final class Graph implements IntroPathSearch.Neighbourhoods {

		final Map<String, Map<String, Double>> ties = new HashMap<>();

		Graph tie(String a, String b, double strength) {
			this.ties.computeIfAbsent(a, k -> new HashMap<>()).merge(b, strength, Math::max);
			this.ties.computeIfAbsent(b, k -> new HashMap<>()).merge(a, strength, Math::max);
			return this;
		}

		@Override
		public Map<String, Map<String, Double>> load(Collection<String> keys) {
			Map<String, Map<String, Double>> found = new HashMap<>();
			for (String key : keys) {
				if (this.ties.containsKey(key)) {
					found.put(key, this.ties.get(key));
				}
			}
			return found;
		}

	}

}
