package org.guanxi.graph;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the conventional {@code NEO4J_URI}, {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD} variables
 * configure the driver; explicit {@code spring.neo4j.*} settings win.
 */
class Neo4jEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final Map<String, String> MAPPING = Map.of("NEO4J_URI", "spring.neo4j.uri", "NEO4J_USERNAME",
			"spring.neo4j.authentication.username", "NEO4J_PASSWORD", "spring.neo4j.authentication.password");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> mapped = new HashMap<>();
		MAPPING.forEach((variable, property) -> {
			String value = environment.getProperty(variable);
			if (value != null && !value.isBlank()) {
				mapped.put(property, value);
			}
		});
		if (!mapped.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("neo4jEnvironmentVariables", mapped));
		}
	}

}
