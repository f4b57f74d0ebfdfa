package org.guanxi.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import graphql.execution.CoercedVariables;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.schema.InputValueWithState;

/**
 * The cost of an operation: every field counts once per value it can return, that is times the product of the
 * sizes of the lists above it and of its own list. A list's size is its page argument ({@code first} or
 * {@code limit}, default included), else its cap: {@code guanxi.graphql.max-report-rows} for the lists of
 * whole-book reports, {@code guanxi.graphql.max-list-size} for the other lists, the number of values for a list
 * of an enum (a person's buying roles), the real sizes of this schema for introspection. The edges of a connection are counted by the connection's {@code first}. Fragments are
 * costed once per type; sums saturate.
 */
final class QueryCost {

	/** Largest page of a paged list (connections and a contact's interactions). */
	static final int MAX_PAGE = 100;

	/** Lists as long as the book: every account or source of the whole book (the team's reps are a list like any other), or a report row per account. */
	static final Set<String> REPORT_LISTS = Set.of("Query.organizations", "Query.channels",
			"Query.relationshipChanges", "Query.overdueAccounts", "Query.visitPlan", "Query.followUpsDue",
			"AbcAnalysis.entries", "ReferralTree.nodes");

	private final GraphQLSchema schema;

	private final GraphQlLimits limits;

	private final CoercedVariables variables;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Long> fragmentCosts = new HashMap<>();

	/** The longest lists introspection can return, worked out when an operation asks for introspection. */
	private int introspectionTypes = -1;

	private int introspectionMembers;

	private QueryCost(GraphQLSchema schema, GraphQlLimits limits, CoercedVariables variables,
			Map<String, FragmentDefinition> fragments) {
		this.schema = schema;
		this.limits = limits;
		this.variables = variables;
		this.fragments = fragments;
	}

	/** The cost of the operation; refuses a page argument over its maximum. */
	static long of(OperationDefinition operation, GraphQLSchema schema, GraphQlLimits limits,
			CoercedVariables variables, Map<String, FragmentDefinition> fragments) {
		QueryCost cost = new QueryCost(schema, limits, variables, fragments);
		GraphQLFieldsContainer root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		return root == null ? 0 : cost.selections(operation.getSelectionSet(), root);
	}

	/** The cost of a selection set under one value of the given type. */
	private long selections(SelectionSet set, GraphQLFieldsContainer parent) {
		long total = 0;
		if (set == null) {
			return total;
		}
		for (Selection<?> selection : set.getSelections()) {
			total = QueryShape.saturatedAdd(total, selection(selection, parent));
		}
		return total;
	}

	private long selection(Selection<?> selection, GraphQLFieldsContainer parent) {
		if (selection instanceof Field field) {
			return field(field, parent);
		}
		if (selection instanceof InlineFragment inline) {
			return selections(inline.getSelectionSet(), narrowed(inline.getTypeCondition(), parent));
		}
		if (selection instanceof FragmentSpread spread) {
			return fragment(spread.getName(), parent);
		}
		return 0;
	}

	private long fragment(String name, GraphQLFieldsContainer parent) {
		FragmentDefinition definition = this.fragments.get(name);
		if (definition == null) {
			return 0;
		}
		GraphQLFieldsContainer type = narrowed(definition.getTypeCondition(), parent);
		String key = name + "@" + type.getName();
		Long known = this.fragmentCosts.get(key);
		if (known != null) {
			return known;
		}
		this.fragmentCosts.put(key, 0L);
		long cost = selections(definition.getSelectionSet(), type);
		this.fragmentCosts.put(key, cost);
		return cost;
	}

	private GraphQLFieldsContainer narrowed(TypeName condition, GraphQLFieldsContainer parent) {
		if (condition == null) {
			return parent;
		}
		return this.schema.getType(condition.getName()) instanceof GraphQLFieldsContainer type ? type : parent;
	}

	private long field(Field field, GraphQLFieldsContainer parent) {
		GraphQLFieldDefinition definition = Introspection.getFieldDefinition(this.schema, parent, field.getName());
		if (definition == null || "__typename".equals(field.getName())) {
			return 0;
		}
		ArgumentLimits.check(parent.getName() + "." + definition.getName(), definition, field.getArguments(),
				this.variables);
		long size = size(field, definition, parent);
		GraphQLUnmodifiedType type = GraphQLTypeUtil.unwrapAll(definition.getType());
		long below = type instanceof GraphQLFieldsContainer container ? selections(field.getSelectionSet(), container)
				: 0;
		return QueryShape.saturatedMultiply(size, QueryShape.saturatedAdd(1, below));
	}

	/** How many values one instance of the field can hold. */
	private long size(Field field, GraphQLFieldDefinition definition, GraphQLFieldsContainer parent) {
		String coordinate = parent.getName() + "." + definition.getName();
		for (String name : new String[] { "first", "limit" }) {
			GraphQLArgument argument = definition.getArgument(name);
			if (argument != null) {
				return page(coordinate, definition, field, argument);
			}
		}
		if (!isList(definition.getType())) {
			return 1;
		}
		if (parent.getName().startsWith("__")) {
			if (this.introspectionTypes < 0) {
				this.introspectionTypes = Math.max(this.schema.getAllTypesAsList().size(),
						this.schema.getDirectives().size());
				this.introspectionMembers = IntrospectionSizes.largestMemberList(this.schema);
			}
			return "__Schema".equals(parent.getName()) ? this.introspectionTypes : this.introspectionMembers;
		}
		if (parent.getName().endsWith("Connection")) {
			return 1;
		}
		if (GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLEnumType values) {
			return values.getValues().size();
		}
		return REPORT_LISTS.contains(coordinate) ? this.limits.maxReportRows() : this.limits.maxListSize();
	}

	private long page(String coordinate, GraphQLFieldDefinition definition, Field field, GraphQLArgument argument) {
		long cap = REPORT_LISTS.contains(coordinate) ? this.limits.maxReportRows() : this.limits.maxListSize();
		long requested = argumentValue(field, argument, cap);
		boolean paged = definition.getArgument("after") != null || "Person.interactions".equals(coordinate);
		if (paged && (requested < 1 || requested > MAX_PAGE)) {
			throw LimitExceeded.pageSize(coordinate, argument.getName(), requested, MAX_PAGE);
		}
		return Math.max(0, Math.min(requested, this.limits.maxReportRows()));
	}

	private long argumentValue(Field field, GraphQLArgument definition, long cap) {
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals(definition.getName())) {
				return number(argument.getValue(), definition, cap);
			}
		}
		return defaultValue(definition, cap);
	}

	private long number(Value<?> value, GraphQLArgument definition, long cap) {
		if (value instanceof IntValue i) {
			return i.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
		}
		if (value instanceof VariableReference ref) {
			Object given = this.variables.get(ref.getName());
			return given instanceof Number n ? n.longValue() : defaultValue(definition, cap);
		}
		return defaultValue(definition, cap);
	}

	/** The argument's default; without one the list's cap (the resolver's own default is smaller or none). */
	private long defaultValue(GraphQLArgument definition, long cap) {
		InputValueWithState value = definition.getArgumentDefaultValue();
		if (value.isLiteral() && value.getValue() instanceof IntValue i) {
			return i.getValue().longValue();
		}
		if (value.isExternal() && value.getValue() instanceof Number n) {
			return n.longValue();
		}
		return cap;
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
	}

}
