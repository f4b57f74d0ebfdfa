package org.guanxi.bulk.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.bulk.BulkFile;
import org.guanxi.core.Text;

/**
 * The reporting lines of a reports_to file (person to manager, with the line each is on), checked together with
 * the lines already stored: they must form a tree.
 */
final class ReportingLines {

	private final Map<String, String> managers = new LinkedHashMap<>();

	private final Map<String, Long> lines = new HashMap<>();

	/** The line giving this person's manager, or null. */
	Long lineOf(String person) {
		return this.lines.get(person);
	}

	void add(String person, String manager, long line) {
		this.managers.put(person, manager);
		this.lines.put(person, line);
	}

	/** Rejects every line of a cycle, in the file or through the stored lines. */
	void rejectCycles(StoredTies stored, Problems problems) {
		Map<String, String> storedManagers = storedManagers(stored);
		Set<String> done = new HashSet<>();
		for (String start : new ArrayList<>(this.managers.keySet())) {
			List<String> path = new ArrayList<>();
			Map<String, Integer> onPath = new HashMap<>();
			String current = start;
			while (current != null && !done.contains(current) && !onPath.containsKey(current)) {
				onPath.put(current, path.size());
				path.add(current);
				current = this.managers.containsKey(current) ? this.managers.get(current) : storedManagers.get(current);
			}
			if (current != null && onPath.containsKey(current)) {
				List<String> cycle = path.subList(onPath.get(current), path.size());
				String shown = String.join(" -> ", cycle) + " -> " + current;
				boolean withStored = cycle.stream().anyMatch(p -> !this.managers.containsKey(p));
				for (String person : cycle) {
					Long line = this.lines.get(person);
					if (line == null) {
						continue;
					}
					problems.reject(BulkFile.REPORTS_TO, line, "manager",
							Text.of(withStored ? "import.reportingCycle.stored" : "import.reportingCycle", shown));
				}
			}
			done.addAll(path);
		}
	}

	/** The stored managers of everyone the file's reporting lines lead to, as far as the chains go. */
	private Map<String, String> storedManagers(StoredTies stored) {
		Map<String, String> found = new HashMap<>();
		Set<String> asked = new HashSet<>(this.managers.keySet());
		List<String> frontier = this.managers.values().stream().filter(asked::add).toList();
		while (!frontier.isEmpty()) {
			Map<String, String> next = stored.managers(frontier);
			found.putAll(next);
			frontier = next.values().stream().filter(asked::add).toList();
		}
		return found;
	}

}
