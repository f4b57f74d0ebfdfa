package org.guanxi.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up behaviour of the graph ({@code guanxi.demo-data.*}).
 *
 * @param enabled load the demo data into an empty database; when unset, only in embedded mode
 * @param location the Cypher script of the demo data
 */
@ConfigurationProperties("guanxi.demo-data")
public record GraphProperties(Boolean enabled,
		@DefaultValue("classpath:cypher/demo/demo-data.cypher") String location) {
}
