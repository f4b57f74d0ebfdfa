package org.guanxi.stakeholder.chain.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.chain.ChainMember;
import org.guanxi.stakeholder.chain.Coverage;
import org.guanxi.stakeholder.chain.DecisionChain;
import org.guanxi.stakeholder.chain.DecisionChainSettings;
import org.guanxi.stakeholder.chain.InsiderCandidate;
import org.guanxi.stakeholder.chain.ReportingNode;
import org.guanxi.stakeholder.chain.RoleSlot;

/**
 * Computes the decision chain of one account from its decision graph (all tie types) and our relationship class
 * with each person (people missing from the map count as outsiders). The rules are in docs/decision-chain.md.
 */
public final class ChainAnalysis {

	/** The buying roles in the order of the GraphQL enum. */
	public static final List<String> ROLES = List.of("GATEKEEPER", "USER", "BUYER", "DECIDER", "INFLUENCER",
			"EVALUATOR");

	static final String DECIDER = "DECIDER";

	/** By level (unknown last), then name, then id. */
	public static final Comparator<Person> BY_LEVEL = Comparator
		.comparing(Person::level, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Person::name, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Person::id);

	static final Comparator<Person> BY_NAME = Comparator
		.comparing(Person::name, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Person::id);

	/** The kinds of tie counted for insider candidates. */
	private static final int REPORTING = 0;

	private static final int INFLUENCE = 1;

	private static final int SOCIAL = 2;

	private static final int KINDS = 3;

	private final DecisionGraph graph;

	private final Map<String, RelationshipClass> classes;

	private final DecisionChainSettings settings;

	private final List<Person> byLevel;

	public ChainAnalysis(DecisionGraph graph, Map<String, RelationshipClass> classes, DecisionChainSettings settings) {
		this.graph = graph;
		this.classes = classes;
		this.settings = settings;
		this.byLevel = graph.people().stream().sorted(BY_LEVEL).toList();
	}

	public DecisionChain chain() {
		List<ChainMember> members = this.byLevel.stream()
			.map(p -> new ChainMember(p, relationship(p).name()))
			.toList();
		List<Person> insiders = this.byLevel.stream().filter(Person::insider).toList();
		List<RoleSlot> roles = roles();
		return new DecisionChain(this.graph.account(), roles, members, insiders, insiderCandidates(),
				reportingTree(), coverage(roles));
	}

	RelationshipClass relationship(Person person) {
		return this.classes.getOrDefault(person.id(), RelationshipClass.OUTSIDER);
	}

	boolean outsider(Person person) {
		return relationship(person) == RelationshipClass.OUTSIDER;
	}

	/** One slot per role present, in enum order; holders by decision weight (highest first), then name. */
	public List<RoleSlot> roles() {
		Comparator<Person> order = Comparator.comparingDouble(Person::decisionWeight).reversed().thenComparing(BY_NAME);
		List<RoleSlot> slots = new ArrayList<>();
		for (String role : ROLES) {
			List<Person> holders = this.graph.people().stream().filter(p -> p.buyingRoles().contains(role)).sorted(order).toList();
			if (!holders.isEmpty()) {
				slots.add(new RoleSlot(role, holders));
			}
		}
		return slots;
	}

	/** Coverage exactly as design.md defines it. */
	public Coverage coverage() {
		return coverage(roles());
	}

	private Coverage coverage(List<RoleSlot> roles) {
		List<Text> gaps = new ArrayList<>();
		int covered = 0;
		for (RoleSlot slot : roles) {
			if (slot.people().stream().anyMatch(p -> !outsider(p))) {
				covered++;
			}
			else {
				gaps.add(Text.of("gap.outsidersOnly", Text.term("BuyingRole", slot.role()), names(slot.people())));
			}
		}
		if (this.graph.people().stream().noneMatch(Person::insider)) {
			gaps.add(Text.of("gap.noInsider"));
		}
		double wide = roles.isEmpty() ? 0 : (double) covered / roles.size();
		Integer high = this.graph.people().stream()
			.filter(p -> !outsider(p) && p.level() != null)
			.map(Person::level)
			.min(Integer::compare)
			.orElse(null);
		return new Coverage(wide, high, deep(), List.copyOf(gaps));
	}

	private double deep() {
		double total = 0;
		double related = 0;
		for (Person p : this.graph.people()) {
			double weight = p.decisionWeight() > 0 ? p.decisionWeight() : 0;
			total += weight;
			if (!outsider(p)) {
				related += weight;
			}
		}
		return total == 0 ? 0 : related / total;
	}

	private static Text names(List<Person> people) {
		return Text.list(people.stream().sorted(BY_NAME).map(Person::name).toList());
	}

	/**
	 * People not yet insiders who meet every rule: level at least {@code insiderMinLevel}, not an outsider,
	 * tied to at least {@code insiderMinTies} other people of the account, not a DECIDER. Score =
	 * 0.5 * warmth (1 for FRIEND or PARTNER, whose personal interest we meet, 0.5 for SUPPLIER) + 0.5 * ties /
	 * the most ties anyone in the account has. Best first, then by name.
	 */
	public List<InsiderCandidate> insiderCandidates() {
		Map<String, Ties> ties = ties();
		int mostTies = ties.values().stream().mapToInt(Ties::total).max().orElse(0);
		List<InsiderCandidate> candidates = new ArrayList<>();
		for (Person p : this.graph.people()) {
			Ties own = ties.get(p.id());
			if (p.insider() || p.level() == null || p.level() < this.settings.insiderMinLevel() || outsider(p)
					|| own.total() < this.settings.insiderMinTies() || p.buyingRoles().contains(DECIDER)) {
				continue;
			}
			RelationshipClass relationship = relationship(p);
			double warmth = relationship == RelationshipClass.SUPPLIER ? 0.5 : 1.0;
			double score = 0.5 * warmth + 0.5 * own.total() / mostTies;
			candidates.add(new InsiderCandidate(p, score, reasons(p, relationship, own)));
		}
		candidates.sort(Comparator.comparingDouble(InsiderCandidate::score)
			.reversed()
			.thenComparing(InsiderCandidate::person, BY_NAME));
		return candidates;
	}

	private List<Text> reasons(Person p, RelationshipClass relationship, Ties ties) {
		return List.of(Text.of("insider.level", p.level(), this.settings.insiderMinLevel() - 1),
				Text.of("insider.relationship", Text.term("RelationshipClass", relationship.name())),
				Text.of("insider.ties", ties.total(), ties.reporting(), ties.influence(), ties.social()),
				Text.of("insider.notDecider"));
	}

	/**
	 * How many distinct other people of the account each person is tied to, by kind of tie and in all, by person
	 * id. Each person's tie ends are coded as {@code other * KINDS + kind} and sorted, so that repeated ends lie
	 * next to each other and count once.
	 */
	private Map<String, Ties> ties() {
		Map<String, Integer> index = this.graph.indexes();
		int[] degree = new int[this.graph.people().size()];
		List<int[]> ties = new ArrayList<>();
		for (DecisionGraph.Tie tie : this.graph.ties()) {
			Integer from = index.get(tie.fromId());
			Integer to = index.get(tie.toId());
			if (from != null && to != null && !from.equals(to)) {
				ties.add(new int[] { from, to, kind(tie.type()) });
				degree[from]++;
				degree[to]++;
			}
		}
		int[][] ends = new int[degree.length][];
		for (int i = 0; i < degree.length; i++) {
			ends[i] = new int[degree[i]];
		}
		int[] filled = new int[degree.length];
		for (int[] tie : ties) {
			ends[tie[0]][filled[tie[0]]++] = tie[1] * KINDS + tie[2];
			ends[tie[1]][filled[tie[1]]++] = tie[0] * KINDS + tie[2];
		}
		Map<String, Ties> byPerson = new HashMap<>();
		index.forEach((id, i) -> byPerson.put(id, Ties.of(ends[i])));
		return byPerson;
	}

	private static int kind(String type) {
		return switch (type) {
			case DecisionGraph.REPORTS_TO -> REPORTING;
			case DecisionGraph.INFLUENCES -> INFLUENCE;
			default -> SOCIAL;
		};
	}

	/** The distinct other people a person is tied to by reporting lines, by influence, socially and in all. */
	private record Ties(int reporting, int influence, int social, int total) {

		/** From the person's tie ends coded {@code other * KINDS + kind}. */
		static Ties of(int[] ends) {
			Arrays.sort(ends);
			int[] byKind = new int[KINDS];
			int total = 0;
			for (int e = 0; e < ends.length; e++) {
				if (e > 0 && ends[e] == ends[e - 1]) {
					continue;
				}
				byKind[ends[e] % KINDS]++;
				if (e == 0 || ends[e] / KINDS != ends[e - 1] / KINDS) {
					total++;
				}
			}
			return new Ties(byKind[REPORTING], byKind[INFLUENCE], byKind[SOCIAL], total);
		}

	}

	/**
	 * The hierarchy in tree order: roots (people without a manager in the account) by level then name, each
	 * followed by its reports, depth first, siblings by level then name. People caught in a reporting cycle
	 * (which the model forbids) are listed after, from the first of them by level then name, at depth 0.
	 */
	public List<ReportingNode> reportingTree() {
		Map<String, String> managers = new HashMap<>();
		for (DecisionGraph.Tie tie : this.graph.ties()) {
			if (DecisionGraph.REPORTS_TO.equals(tie.type()) && !tie.fromId().equals(tie.toId())) {
				managers.merge(tie.fromId(), tie.toId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
		Map<String, List<Person>> reports = new HashMap<>();
		for (Person p : this.byLevel) {
			String manager = managers.get(p.id());
			if (manager != null) {
				reports.computeIfAbsent(manager, k -> new ArrayList<>()).add(p);
			}
		}
		List<ReportingNode> tree = new ArrayList<>();
		Set<String> visited = new HashSet<>();
		for (Person p : this.byLevel) {
			if (!managers.containsKey(p.id())) {
				visit(p, 0, managers, reports, visited, tree);
			}
		}
		for (Person p : this.byLevel) {
			if (!visited.contains(p.id())) {
				visit(p, 0, managers, reports, visited, tree);
			}
		}
		return tree;
	}

	private static void visit(Person person, int depth, Map<String, String> managers,
			Map<String, List<Person>> reports, Set<String> visited, List<ReportingNode> tree) {
		visited.add(person.id());
		List<Person> below = reports.getOrDefault(person.id(), List.of());
		tree.add(new ReportingNode(person, depth, managers.get(person.id()), below.size()));
		for (Person report : below) {
			if (!visited.contains(report.id())) {
				visit(report, depth + 1, managers, reports, visited, tree);
			}
		}
	}

}
