package org.guanxi.graph;

import org.guanxi.core.HistoryRecorder;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to date before the application serves anything: schema first, then the demo data
 * into an empty embedded database.
 */
@Component
class GraphStartup implements SmartInitializingSingleton {

	private final Driver driver;

	private final GraphProperties properties;

	private final Environment environment;

	private final ResourceLoader resources;

	private final ObjectProvider<HistoryRecorder> history;

	GraphStartup(Driver driver, GraphProperties properties, Environment environment, ResourceLoader resources,
			ObjectProvider<HistoryRecorder> history) {
		this.driver = driver;
		this.properties = properties;
		this.environment = environment;
		this.resources = resources;
		this.history = history;
	}

	@Override
	public void afterSingletonsInstantiated() {
		new SchemaMigrator(this.driver).migrate();
		if (demoDataWanted()) {
			new DemoData(this.driver, this.resources.getResource(this.properties.location()), this.history.getIfAvailable())
				.loadIfEmpty();
		}
	}

	private boolean demoDataWanted() {
		if (this.properties.enabled() != null) {
			return this.properties.enabled();
		}
		return EmbeddedModeCondition.isEmbedded(this.environment);
	}

}
