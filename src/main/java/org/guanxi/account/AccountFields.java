package org.guanxi.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * How much of each account a report loads with its rows: nothing, the stored properties a GraphQL selection
 * asks for, or the whole node. A report of the whole book that shows each account's id and name sends a
 * fraction of what the whole nodes would be.
 * <p>
 * Queries take {@link #parameters()} ({@code $nodes}: return the nodes; {@code $fields}: the properties to
 * return as a list of values per account, empty for none) and return {@code nodes} and {@code values} lists,
 * which {@link #accounts} turns into accounts.
 */
public final class AccountFields {

	/** The stored properties of an account: the components of {@link Account}, named as in the graph. */
	private static final Set<String> STORED = Arrays.stream(Account.class.getRecordComponents())
		.map(java.lang.reflect.RecordComponent::getName)
		.collect(Collectors.toUnmodifiableSet());

	/** No account is loaded. */
	public static final AccountFields NONE = new AccountFields(false, List.of());

	/** Whole account nodes are loaded. */
	public static final AccountFields WHOLE = new AccountFields(true, List.of());

	private final boolean nodes;

	private final List<String> fields;

	private AccountFields(boolean nodes, List<String> fields) {
		this.nodes = nodes;
		this.fields = fields;
	}

	/**
	 * What a GraphQL selection needs of the accounts at {@code path} (e.g. {@code "entries/account"}): nothing
	 * when they are not selected; their id and the selected stored properties when only those are asked for;
	 * else the whole nodes (fields resolved from the account, such as its people, get complete accounts).
	 */
	public static AccountFields selected(DataFetchingFieldSelectionSet selection, String path) {
		if (!selection.contains(path)) {
			return NONE;
		}
		Set<String> keys = new LinkedHashSet<>();
		for (SelectedField field : selection.getFields(path + "/*")) {
			String name = field.getName();
			if (name.startsWith("__")) {
				continue;
			}
			if (!STORED.contains(name)) {
				return WHOLE;
			}
			keys.add(name);
		}
		return properties(keys);
	}

	/**
	 * The id and the given stored properties of each account, e.g. {@code properties(List.of("name"))} for a
	 * report that shows names.
	 * @throws IllegalArgumentException for a name that is not a stored property of an account
	 */
	public static AccountFields properties(Collection<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add("id");
		for (String name : names) {
			if (!STORED.contains(name)) {
				throw new IllegalArgumentException("'" + name + "' is not a stored property of an account");
			}
			keys.add(name);
		}
		return new AccountFields(false, List.copyOf(keys));
	}

	/** Whether any part of the accounts is loaded. */
	public boolean any() {
		return this.nodes || !this.fields.isEmpty();
	}

	/** The query parameters: {@code nodes} (boolean) and {@code fields} (list of property names). */
	public Map<String, Object> parameters() {
		return Map.of("nodes", this.nodes, "fields", this.fields);
	}

	/**
	 * The accounts of a query's {@code nodes} and {@code values} lists (one per account, in the query's order);
	 * an empty list when none were loaded. Accounts built from values have only the selected properties.
	 */
	public List<Account> accounts(Value nodes, Value values) {
		if (!any()) {
			return List.of();
		}
		List<Account> accounts = new ArrayList<>();
		for (Value v : (this.nodes ? nodes : values).values()) {
			accounts.add(this.nodes ? Account.from(v.asNode()) : fromValues(v));
		}
		return accounts;
	}

	/**
	 * The account of one query row's {@code node} and {@code values} (the values of {@link #parameters()}'s
	 * {@code fields}, in order); null when none was loaded.
	 */
	public Account account(Value node, Value values) {
		if (this.nodes) {
			return Account.from(node.asNode());
		}
		return this.fields.isEmpty() ? null : fromValues(values);
	}

	private Account fromValues(Value values) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (int i = 0; i < this.fields.size(); i++) {
			properties.put(this.fields.get(i), values.get(i));
		}
		return Account.from(Values.value(properties));
	}

	@Override
	public String toString() {
		return this.nodes ? "whole accounts" : this.fields.isEmpty() ? "no accounts" : "accounts " + this.fields;
	}

}
