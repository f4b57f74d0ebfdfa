package org.guanxi.bulk.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.guanxi.bulk.internal.Column.CellError;
import org.guanxi.core.Text;

/**
 * Finds the nodes that reference cells name: by id first, then by name (a person's name within its account when
 * an account is given), among the rows of the import and the nodes already stored.
 */
public final class Resolver {

	private final Incoming incoming;

	private final Function<Collection<String>, Map<String, List<Candidate>>> database;

	private Map<String, List<Candidate>> stored = Map.of();

	/**
	 * @param incoming the nodes of the import
	 * @param database looks keys up as ids or names among the stored nodes; null when the database holds none
	 */
	public Resolver(Incoming incoming, Function<Collection<String>, Map<String, List<Candidate>>> database) {
		this.incoming = incoming;
		this.database = database;
	}

	/** Looks up, in one query, the stored nodes the references of these rows may name. */
	void prepare(List<Draft> drafts) {
		if (this.database == null) {
			return;
		}
		Set<String> keys = new LinkedHashSet<>();
		for (Draft draft : drafts) {
			for (Draft.RefValue ref : draft.refs) {
				for (String key : ref.keys()) {
					if (!isIncomingId(key, types(ref))) {
						keys.add(key);
					}
				}
				if (ref.scope() != null && this.incoming.node("account", ref.scope()) == null) {
					keys.add(ref.scope());
				}
			}
		}
		this.stored = keys.isEmpty() ? Map.of() : this.database.apply(keys);
	}

	/** Resolves the references of a row, adding problems for those that name nothing or several nodes. */
	void resolve(Draft draft) {
		for (Draft.RefValue ref : draft.refs) {
			List<Candidate> found = new ArrayList<>();
			try {
				String scope = ref.scope() == null ? null
						: resolve(ref.scope(), List.of("account"), null, ref.spec().accountColumn()).id();
				for (String key : ref.keys()) {
					found.add(resolve(key, types(ref), scope, ref.spec().typeColumn()));
				}
				draft.resolved.put(ref.spec().param(), found);
			}
			catch (CellError ex) {
				draft.problem(ref.spec().column(), ex.text());
			}
		}
	}

	private static List<String> types(Draft.RefValue ref) {
		return ref.type() != null ? List.of(ref.type()) : ref.spec().types();
	}

	private boolean isIncomingId(String key, List<String> types) {
		return types.stream().anyMatch(type -> this.incoming.node(type, key) != null);
	}

	private Candidate resolve(String key, List<String> types, String scope, String typeColumn) {
		List<Candidate> byId = new ArrayList<>();
		for (String type : types) {
			Incoming.Node node = this.incoming.node(type, key);
			if (node != null) {
				byId.add(new Candidate(type, key, node.name(), node.account()));
			}
		}
		for (Candidate c : stored(key)) {
			if (types.contains(c.type()) && c.id().equals(key) && this.incoming.node(c.type(), c.id()) == null) {
				byId.add(c);
			}
		}
		if (byId.size() > 1) {
			throw new CellError(Text.of("import.ambiguousId", key, describe(byId), typeColumn));
		}
		if (byId.size() == 1) {
			Candidate found = byId.get(0);
			if (scope != null && found.type().equals("person") && !scope.equals(found.account())) {
				throw new CellError(Text.of("import.personElsewhere", key, found.account(), scope));
			}
			return found;
		}
		List<Candidate> byName = byName(key, types, scope);
		if (byName.size() == 1) {
			return byName.get(0);
		}
		Text what = Text.either(types.stream().map(type -> Text.term("BookType", type)).toList());
		if (byName.isEmpty()) {
			throw new CellError(scope == null ? Text.of("import.noneNamed", what, key)
					: Text.of("import.noneNamed.at", what, key, scope));
		}
		String ambiguous = scope != null ? "import.ambiguousName.at"
				: types.contains("person") ? "import.ambiguousName.person" : "import.ambiguousName";
		throw new CellError(Text.of(ambiguous, key, describe(byName), scope));
	}

	private List<Candidate> byName(String key, List<String> types, String scope) {
		Map<String, Candidate> found = new java.util.LinkedHashMap<>();
		for (String type : types) {
			for (String id : this.incoming.idsNamed(type, key)) {
				Incoming.Node node = this.incoming.node(type, id);
				found.put(type + ":" + id, new Candidate(type, id, node.name(), node.account()));
			}
		}
		for (Candidate c : stored(key)) {
			if (types.contains(c.type()) && key.equals(c.name()) && this.incoming.node(c.type(), c.id()) == null) {
				found.putIfAbsent(c.type() + ":" + c.id(), c);
			}
		}
		return found.values()
			.stream()
			.filter(c -> scope == null || !c.type().equals("person") || scope.equals(c.account()))
			.sorted(java.util.Comparator.comparing(Candidate::type).thenComparing(Candidate::id))
			.toList();
	}

	private List<Candidate> stored(String key) {
		return this.stored.getOrDefault(key, List.of());
	}

	private static Text describe(List<Candidate> candidates) {
		List<Text> parts = new ArrayList<>();
		int shown = Math.min(candidates.size(), 10);
		for (int i = 0; i < shown; i++) {
			parts.add(candidates.get(i).describe());
		}
		return candidates.size() > shown ? Text.of("import.more", Text.list(parts), candidates.size() - shown)
				: Text.list(parts);
	}

	/** Groups database lookup rows by key. */
	public static Map<String, List<Candidate>> group(List<Map.Entry<String, Candidate>> rows) {
		Map<String, List<Candidate>> grouped = new HashMap<>();
		rows.forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return grouped;
	}

}
