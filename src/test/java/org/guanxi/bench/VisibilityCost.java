package org.guanxi.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.guanxi.core.Visibility;
import org.guanxi.graph.Cypher;

/**
 * What the visibility rule costs: runs a call alternately as an ADMIN ({@code $visibility.all}, the predicate
 * answered at once) and as a MANAGER who sees the same accounts (the predicate evaluated for each of them), so
 * that both see the same load of the machine, and prints both medians and the difference.
 */
final class VisibilityCost {

	private VisibilityCost() {
	}

	static void compare(String what, int runs, Cypher cypher, Visibility manager, IntConsumer call) {
		for (int i = 0; i < Math.max(3, runs / 5); i++) {
			run(cypher, Visibility.everything(), call, i);
			run(cypher, manager, call, i);
		}
		double[] admin = new double[runs];
		double[] managed = new double[runs];
		for (int i = 0; i < runs; i++) {
			boolean adminFirst = i % 2 == 0;
			double first = run(cypher, adminFirst ? Visibility.everything() : manager, call, i);
			double second = run(cypher, adminFirst ? manager : Visibility.everything(), call, i);
			admin[i] = adminFirst ? first : second;
			managed[i] = adminFirst ? second : first;
		}
		Arrays.sort(admin);
		Arrays.sort(managed);
		double a = admin[runs / 2];
		double m = managed[runs / 2];
		System.out.printf("visibility cost: %-45s ADMIN median %8.2f ms  MANAGER median %8.2f ms  %+6.1f%%  (%d runs each)%n",
				what, a, m, (m - a) / a * 100, runs);
	}

	private static double run(Cypher cypher, Visibility visibility, IntConsumer call, int i) {
		long t = System.nanoTime();
		cypher.as(visibility, () -> {
			call.accept(i);
			return null;
		});
		return (System.nanoTime() - t) / 1e6;
	}

}
