package org.guanxi.tiering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.account.InvalidAmounts;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;

/**
 * ABC analysis of the book by won revenue (design.md, "ABC analysis"): accounts by revenue descending, ties by id
 * ascending; an account is A when the cumulative share of the accounts ranked before it is below aThreshold, B
 * when below bThreshold, else C; accounts without revenue are C.
 *
 * @param totalRevenue the revenue of all accounts in the period
 * @param entries every account, in rank order
 * @param summary one row per class, A, B then C
 */
public record AbcAnalysis(double totalRevenue, List<AbcEntry> entries, List<AbcClassSummary> summary,
		List<InvalidAmounts> dataErrors) {

	/** Shares this close to a threshold count as equal to it (sums of amounts carry rounding errors). */
	private static final double TOLERANCE = 1e-9;

	/** An account's won revenue; the account itself when it was loaded (else null). */
	public record Revenue(String accountId, double revenue, Account account) {

		public Revenue(String accountId, double revenue) {
			this(accountId, revenue, null);
		}

	}

	/**
	 * Ranks and classifies the accounts.
	 * @throws InvalidInput unless 0 &lt; aThreshold &lt;= bThreshold &lt;= 1
	 */
	public static AbcAnalysis of(List<Revenue> revenues, double aThreshold, double bThreshold) {
		checkThresholds(aThreshold, bThreshold);
		List<Revenue> ranked = new ArrayList<>(revenues);
		ranked.sort(Comparator.comparingDouble((Revenue r) -> positive(r.revenue()))
			.reversed()
			.thenComparing(Revenue::accountId));
		double total = 0;
		for (Revenue r : ranked) {
			total += positive(r.revenue());
		}
		List<AbcEntry> entries = new ArrayList<>(ranked.size());
		double cumulative = 0;
		for (Revenue r : ranked) {
			double revenue = positive(r.revenue());
			AbcClass abcClass = classify(revenue, total == 0 ? 0 : cumulative / total, aThreshold, bThreshold);
			cumulative += revenue;
			entries.add(new AbcEntry(r.accountId(), r.account(), revenue, ratio(revenue, total), ratio(cumulative, total), abcClass));
		}
		return new AbcAnalysis(total, entries, summarize(entries, total), List.of());
	}

	/**
	 * A page of the entries, in rank order: those of one class (all when null), leaving out {@code offset} from
	 * the start, at most {@code first} (all the rest when null).
	 * @throws InvalidInput when offset is below 0 or first below 1
	 */
	public List<AbcEntry> entries(AbcClass abcClass, int offset, Integer first) {
		List<AbcEntry> chosen = abcClass == null ? this.entries
				: this.entries.stream().filter(e -> e.abcClass() == abcClass).toList();
		return PageRequest.slice(chosen, offset, first);
	}

	/** The same analysis, reporting the deals it left out because their amounts were written outside Guanxi. */
	public AbcAnalysis withDataErrors(List<InvalidAmounts> errors) {
		return new AbcAnalysis(this.totalRevenue, this.entries, this.summary, List.copyOf(errors));
	}

	/** The most points {@link #curve} draws. */
	static final int MAX_CURVE_POINTS = 500;

	/**
	 * The Pareto curve in about {@code points} groups of consecutive ranked accounts: each class (a run of ranks,
	 * A before B before C) gets groups in proportion to its accounts, at least one and at most one per account,
	 * cut as evenly as the ranks allow; so a group never spans two classes.
	 * @throws InvalidInput unless 1 &lt;= points &lt;= 500
	 */
	public List<ParetoPoint> curve(int points) {
		if (points < 1 || points > MAX_CURVE_POINTS) {
			throw new InvalidInput("error.curvePoints", points);
		}
		int all = this.entries.size();
		List<ParetoPoint> curve = new ArrayList<>();
		int start = 0;
		while (start < all) {
			AbcClass abcClass = this.entries.get(start).abcClass();
			int end = start;
			while (end < all && this.entries.get(end).abcClass() == abcClass) {
				end++;
			}
			int run = end - start;
			int groups = Math.min(run, Math.max(1, (int) Math.round((double) points * run / all)));
			for (int g = 0; g < groups; g++) {
				int from = start + (int) ((long) run * g / groups);
				int to = start + (int) ((long) run * (g + 1) / groups);
				double revenue = 0;
				for (int i = from; i < to; i++) {
					revenue += this.entries.get(i).revenue();
				}
				curve.add(new ParetoPoint(from + 1, to, to - from, revenue, this.entries.get(to - 1).cumulativeShare(),
						ratio(to, all), abcClass));
			}
			start = end;
		}
		return curve;
	}

	/** The class of each account, by id. */
	public Map<String, AbcClass> classes() {
		Map<String, AbcClass> classes = new HashMap<>();
		this.entries.forEach(e -> classes.put(e.accountId(), e.abcClass()));
		return classes;
	}

	static void checkThresholds(double a, double b) {
		if (!(a > 0 && a <= b && b <= 1)) {
			throw new InvalidInput("error.abcThresholds", a, b);
		}
	}

	private static AbcClass classify(double revenue, double shareBefore, double a, double b) {
		if (revenue <= 0) {
			return AbcClass.C;
		}
		if (shareBefore < a - TOLERANCE) {
			return AbcClass.A;
		}
		return shareBefore < b - TOLERANCE ? AbcClass.B : AbcClass.C;
	}

	private static List<AbcClassSummary> summarize(List<AbcEntry> entries, double total) {
		List<AbcClassSummary> summary = new ArrayList<>();
		for (AbcClass abcClass : AbcClass.values()) {
			int count = 0;
			double revenue = 0;
			for (AbcEntry e : entries) {
				if (e.abcClass() == abcClass) {
					count++;
					revenue += e.revenue();
				}
			}
			summary.add(new AbcClassSummary(abcClass, count, ratio(count, entries.size()), revenue,
					ratio(revenue, total), abcClass.targetAccountShare()));
		}
		return summary;
	}

	private static double positive(double value) {
		return value > 0 ? value : 0;
	}

	private static double ratio(double part, double whole) {
		return whole > 0 ? part / whole : 0;
	}

}
