package org.guanxi.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The shape of a document before it is validated: how many operations, how deep, how many root fields and
 * aliases, fragments unfolded. Each fragment is measured once, so a document that spreads fragments into each
 * other many times is measured in time proportional to its length; counts saturate instead of overflowing. A
 * spread of an unknown fragment, or of a fragment into itself, counts as nothing here (validation refuses it).
 * Introspection ({@code __schema}, {@code __type}) walks type references as deep as the schema's wrapping goes
 * and is not held to the depth limit; its cost is limited like any other query's.
 */
final class QueryShape {

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	private final Map<String, Measure> measured = new HashMap<>();

	private QueryShape(Document document) {
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> this.fragments.putIfAbsent(f.getName(), f));
	}

	/** Refuses a document over the limits of depth, root fields, aliases or operations. */
	static void check(Document document, GraphQlLimits limits) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.size() > limits.maxOperations()) {
			throw LimitExceeded.operations(operations.size(), limits.maxOperations());
		}
		QueryShape shape = new QueryShape(document);
		long aliases = 0;
		for (OperationDefinition operation : operations) {
			Measure m = shape.measure(operation.getSelectionSet());
			if (m.fields() > limits.maxRootFields()) {
				throw LimitExceeded.rootFields((int) Math.min(Integer.MAX_VALUE, m.fields()), limits.maxRootFields());
			}
			if (m.depth() > limits.maxDepth()) {
				throw LimitExceeded.depth(m.depth(), limits.maxDepth());
			}
			aliases = saturatedAdd(aliases, m.aliases());
		}
		if (aliases > limits.maxAliases()) {
			throw LimitExceeded.aliases(aliases, limits.maxAliases());
		}
	}

	/**
	 * @param fields fields directly in the selection set (through fragments)
	 * @param depth deepest field below and including this level
	 * @param aliases aliased fields anywhere below
	 */
	private record Measure(long fields, int depth, long aliases) {

		static final Measure NONE = new Measure(0, 0, 0);

		Measure plus(Measure other) {
			return new Measure(saturatedAdd(this.fields, other.fields), Math.max(this.depth, other.depth),
					saturatedAdd(this.aliases, other.aliases));
		}

	}

	private Measure measure(SelectionSet set) {
		Measure total = Measure.NONE;
		if (set == null) {
			return total;
		}
		for (Selection<?> selection : set.getSelections()) {
			total = total.plus(measure(selection));
		}
		return total;
	}

	private Measure measure(Selection<?> selection) {
		if (selection instanceof Field field) {
			Measure below = measure(field.getSelectionSet());
			int depth = field.getName().startsWith("__") ? 1 : below.depth() + 1;
			return new Measure(1, depth, saturatedAdd(below.aliases(), field.getAlias() == null ? 0 : 1));
		}
		if (selection instanceof InlineFragment inline) {
			return measure(inline.getSelectionSet());
		}
		if (selection instanceof FragmentSpread spread) {
			return fragment(spread.getName());
		}
		return Measure.NONE;
	}

	private Measure fragment(String name) {
		Measure known = this.measured.get(name);
		if (known != null) {
			return known;
		}
		FragmentDefinition definition = this.fragments.get(name);
		if (definition == null) {
			return Measure.NONE;
		}
		this.measured.put(name, Measure.NONE);
		Measure m = measure(definition.getSelectionSet());
		this.measured.put(name, m);
		return m;
	}

	static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
	}

	static long saturatedMultiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		if ((high == 0 && product >= 0) || (high == -1 && product < 0)) {
			return product;
		}
		return Long.MAX_VALUE;
	}

}
