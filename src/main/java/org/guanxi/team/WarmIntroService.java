package org.guanxi.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.core.HiddenEntities;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Named;
import org.guanxi.graph.Cypher;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.PersonNotFound;
import org.guanxi.team.internal.IntroPathSearch;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warm introduction paths from a rep to a person along KNOWS ties, either direction, through any people and
 * reps: simple paths, best first by the product of the tie strengths, then by fewer hops. The search is
 * bidirectional and bounded by the hops (one query per hop over the frontier's neighbourhoods); see
 * docs/decision-chain.md.
 */
@Service
@Transactional(readOnly = true)
public class WarmIntroService {

	/** The most hops a path may have; larger maxHops are capped to this. */
	public static final int MAX_HOPS = 6;

	/** The most paths returned; larger limits are capped to this. */
	public static final int MAX_LIMIT = 50;

	private static final String PERSON = "Person:";

	private static final String REP = "SalesRep:";

	private final Cypher cypher;

	private final IntroSettings settings;

	WarmIntroService(Cypher cypher, IntroSettings settings) {
		this.cypher = cypher;
		this.settings = settings;
	}

	/**
	 * The best {@code limit} paths of at most {@code maxHops} ties from the rep to the person; empty when there
	 * is none. {@link SalesRepNotFound} or {@link PersonNotFound} when an id is unknown; {@link InvalidInput} when maxHops or limit is
	 * below 1. maxHops above {@value #MAX_HOPS} is capped, so is limit above {@value #MAX_LIMIT}.
	 */
	public List<IntroPath> paths(String fromRepId, String toPersonId, int maxHops, int limit) {
		if (maxHops < 1) {
			throw new InvalidInput("error.maxHops", MAX_HOPS, maxHops);
		}
		if (limit < 1) {
			throw new InvalidInput("error.limit", limit);
		}
		checkEnds(fromRepId, toPersonId);
		// the ties the search loads, kept to tell the strength of each tie on the paths found
		Map<String, Map<String, Double>> loaded = new HashMap<>();
		IntroPathSearch search = new IntroPathSearch(keys -> {
			Map<String, Map<String, Double>> ties = neighbours(keys);
			loaded.putAll(ties);
			return ties;
		}, this.settings.maxHalfPaths());
		List<IntroPathSearch.Path> found;
		try {
			found = search.best(REP + fromRepId, PERSON + toPersonId, Math.min(maxHops, MAX_HOPS),
					Math.min(limit, MAX_LIMIT));
		}
		catch (IntroPathSearch.TooWide ex) {
			throw new InvalidInput("error.searchTooWide", fromRepId, toPersonId, maxHops, ex.limit());
		}
		return withNodes(found, loaded);
	}

	private void checkEnds(String repId, String personId) {
		Map<String, Object> ends = this.cypher.query("team/introEnds", Map.of("repId", repId, "personId", personId))
			.fetch()
			.one()
			.orElseThrow();
		if (!Boolean.TRUE.equals(ends.get("rep"))) {
			throw new SalesRepNotFound(repId);
		}
		if (!Boolean.TRUE.equals(ends.get("person"))) {
			throw new PersonNotFound(personId);
		}
	}

	private Map<String, Map<String, Double>> neighbours(Collection<String> keys) {
		Map<String, Map<String, Double>> ties = new HashMap<>();
		this.cypher.query("team/introNeighbours", ids(keys))
			.fetch()
			.all()
			.forEach(row -> {
				Number strength = (Number) row.get("strength");
				ties.computeIfAbsent((String) row.get("key"), k -> new HashMap<>())
					.merge((String) row.get("other"), strength == null ? 0.0 : strength.doubleValue(), Math::max);
			});
		return ties;
	}

	private List<IntroPath> withNodes(List<IntroPathSearch.Path> paths, Map<String, Map<String, Double>> ties) {
		if (paths.isEmpty()) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>();
		paths.forEach(p -> keys.addAll(p.nodes()));
		Map<String, Named> nodes = new HashMap<>();
		HiddenEntities hidden = HiddenEntities.forRequest();
		this.cypher.query("team/introNodes", ids(keys)).fetch().all().forEach(row -> {
			Node n = (Node) row.get("n");
			if (Boolean.FALSE.equals(row.get("visible"))) {
				nodes.put(PERSON + n.get("id").asString(), hidden.of(n.elementId(), strings(row.get("colleagues"))));
			}
			else if ("SalesRep".equals(row.get("kind"))) {
				nodes.put(REP + n.get("id").asString(), SalesRep.from(n));
			}
			else {
				nodes.put(PERSON + n.get("id").asString(), Person.from(n, (String) row.get("accountId")));
			}
		});
		List<IntroPath> result = new ArrayList<>();
		for (IntroPathSearch.Path path : paths) {
			List<Double> strengths = new ArrayList<>();
			for (int i = 1; i < path.nodes().size(); i++) {
				strengths.add(strength(ties, path.nodes().get(i - 1), path.nodes().get(i)));
			}
			result.add(new IntroPath(path.nodes().stream().map(nodes::get).toList(), path.strength(), path.hops(),
					List.copyOf(strengths)));
		}
		return result;
	}

	/** The strength of the tie between two nodes, from whichever end the search loaded (each tie it used has one). */
	private static double strength(Map<String, Map<String, Double>> ties, String from, String to) {
		Double strength = ties.getOrDefault(from, Map.of()).get(to);
		if (strength == null) {
			strength = ties.getOrDefault(to, Map.of()).get(from);
		}
		return strength == null ? 0.0 : strength;
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String.class::cast).toList();
	}

	private static Map<String, Object> ids(Collection<String> keys) {
		List<String> people = new ArrayList<>();
		List<String> reps = new ArrayList<>();
		for (String key : keys) {
			if (key.startsWith(REP)) {
				reps.add(key.substring(REP.length()));
			}
			else {
				people.add(key.substring(PERSON.length()));
			}
		}
		return Map.of("personIds", people, "repIds", reps);
	}

}
