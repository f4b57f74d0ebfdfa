package org.guanxi.graph;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the conventional {@code NEO4J_URI}, {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD} variables
 * configure the driver. They win over Guanxi's packaged defaults (user {@code neo4j}) and lose to any
 * {@code spring.neo4j.*} setting the user gives (command line, environment, an application.properties): both the
 * variables and the packaged defaults go into the source of lowest precedence, and the packaged
 * application.properties sets no {@code spring.neo4j.*} property.
 */
class Neo4jEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final Map<String, String> MAPPING = Map.of("NEO4J_URI", "spring.neo4j.uri", "NEO4J_USERNAME",
			"spring.neo4j.authentication.username", "NEO4J_PASSWORD", "spring.neo4j.authentication.password");

	/** Guanxi's own defaults of the driver settings, below everything else. */
	private static final Map<String, String> PACKAGED = Map.of("spring.neo4j.authentication.username", "neo4j");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> mapped = new HashMap<>(PACKAGED);
		MAPPING.forEach((variable, property) -> {
			String value = environment.getProperty(variable);
			if (value != null && !value.isBlank()) {
				mapped.put(property, value);
			}
		});
		environment.getPropertySources().addLast(new MapPropertySource("neo4jEnvironmentVariables", mapped));
	}

}
