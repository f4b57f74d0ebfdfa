package org.guanxi.api;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The real sizes of the schema's own lists, which introspection queries walk: the longest list of fields, input
 * fields, enum values, arguments, interfaces or implementations of any type.
 */
final class IntrospectionSizes {

	private IntrospectionSizes() {
	}

	static int largestMemberList(GraphQLSchema schema) {
		int largest = 1;
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLFieldsContainer container) {
				largest = Math.max(largest, container.getFieldDefinitions().size());
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					largest = Math.max(largest, field.getArguments().size());
				}
			}
			if (type instanceof GraphQLObjectType object) {
				largest = Math.max(largest, object.getInterfaces().size());
			}
			if (type instanceof GraphQLInterfaceType iface) {
				largest = Math.max(largest, schema.getImplementations(iface).size());
			}
			if (type instanceof GraphQLInputObjectType input) {
				largest = Math.max(largest, input.getFieldDefinitions().size());
			}
			if (type instanceof GraphQLEnumType e) {
				largest = Math.max(largest, e.getValues().size());
			}
		}
		return largest;
	}

}
