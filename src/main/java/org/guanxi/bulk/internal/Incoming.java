package org.guanxi.bulk.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of the files being imported that ties may name (accounts, people, reps, organizations, channels):
 * id, name and, for people, account. The only per-row state an import keeps in memory.
 */
public final class Incoming {

	/** A node of the import. */
	public record Node(String name, String account, long line) {
	}

	private final Map<String, Map<String, Node>> byId = new HashMap<>();

	private final Map<String, Map<String, Object>> byName = new HashMap<>();

	public Node node(String type, String id) {
		Map<String, Node> nodes = this.byId.get(type);
		return nodes == null ? null : nodes.get(id);
	}

	@SuppressWarnings("unchecked")
	public List<String> idsNamed(String type, String name) {
		Map<String, Object> names = this.byName.get(type);
		Object found = names == null ? null : names.get(name);
		if (found == null) {
			return List.of();
		}
		return found instanceof String id ? List.of(id) : (List<String>) found;
	}

	@SuppressWarnings("unchecked")
	public void add(String type, String id, String name, String account, long line) {
		Node previous = this.byId.computeIfAbsent(type, t -> new HashMap<>()).put(id, new Node(name, account, line));
		if (previous != null) {
			return;
		}
		Map<String, Object> names = this.byName.computeIfAbsent(type, t -> new HashMap<>());
		Object found = names.get(name);
		if (found == null) {
			names.put(name, id);
		}
		else if (found instanceof String other) {
			List<String> ids = new ArrayList<>(2);
			ids.add(other);
			ids.add(id);
			names.put(name, ids);
		}
		else {
			((List<String>) found).add(id);
		}
	}

}
