package org.guanxi.api;

import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.execution.CoercedVariables;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.guanxi.core.Check;

/**
 * The input limits every argument is held to before anything runs, literals and variables alike: texts no longer
 * than their field allows ({@link Check#maxLength}), numbers finite and within 10^15. Ranges that depend on the
 * field (weights 0..1, amounts not negative) are checked where the value is used; dates by their scalars.
 */
final class ArgumentLimits {

	private ArgumentLimits() {
	}

	static void check(String coordinate, GraphQLFieldDefinition definition, List<Argument> arguments,
			CoercedVariables variables) {
		for (Argument argument : arguments) {
			GraphQLArgument declared = definition.getArgument(argument.getName());
			if (declared != null) {
				literal(coordinate + "(" + argument.getName() + ")", argument.getName(), argument.getValue(),
						declared.getType(), variables);
			}
		}
	}

	private static void literal(String where, String name, Value<?> value, GraphQLInputType type,
			CoercedVariables variables) {
		if (value instanceof VariableReference ref) {
			coerced(where, name, variables.get(ref.getName()), type);
			return;
		}
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (bare instanceof GraphQLList list && value instanceof ArrayValue array) {
			for (Value<?> item : array.getValues()) {
				literal(where, name, item, (GraphQLInputType) list.getWrappedType(), variables);
			}
			return;
		}
		if (bare instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
			for (ObjectField field : fields.getObjectFields()) {
				GraphQLInputObjectField declared = object.getField(field.getName());
				if (declared != null) {
					literal(where, field.getName(), field.getValue(), declared.getType(), variables);
				}
			}
			return;
		}
		if (value instanceof StringValue s) {
			text(where, name, s.getValue(), bare);
		}
		else if (value instanceof FloatValue f) {
			Check.finite(name, f.getValue().doubleValue());
		}
		else if (value instanceof IntValue) {
			return;
		}
	}

	private static void coerced(String where, String name, Object value, GraphQLInputType type) {
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (value instanceof List<?> items && bare instanceof GraphQLList list) {
			items.forEach(item -> coerced(where, name, item, (GraphQLInputType) list.getWrappedType()));
		}
		else if (value instanceof Map<?, ?> map && bare instanceof GraphQLInputObjectType object) {
			map.forEach((key, item) -> {
				GraphQLInputObjectField declared = object.getField(String.valueOf(key));
				if (declared != null) {
					coerced(where, declared.getName(), item, declared.getType());
				}
			});
		}
		else if (value instanceof String s) {
			text(where, name, s, bare);
		}
		else if (value instanceof Double d) {
			Check.finite(name, d);
		}
	}

	private static void text(String where, String name, String value, GraphQLType type) {
		boolean id = type instanceof GraphQLNamedType named && "ID".equals(named.getName());
		Check.length(name, value, id);
	}

}
