package org.guanxi.graph;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Embedded mode is on when {@code guanxi.embedded.enabled=true}, or when it is unset and no Neo4j URI
 * ({@code spring.neo4j.uri} or {@code NEO4J_URI}) is configured.
 */
public class EmbeddedModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEmbedded(context.getEnvironment());
	}

	public static boolean isEmbedded(Environment environment) {
		String explicit = environment.getProperty("guanxi.embedded.enabled");
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit.trim());
		}
		return !hasText(environment.getProperty("spring.neo4j.uri")) && !hasText(environment.getProperty("NEO4J_URI"));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
