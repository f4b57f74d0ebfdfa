package org.guanxi.relationship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.graph.Cypher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily job that records class changes caused by the passage of time (evidence ageing out of its window), at
 * {@code guanxi.relationship.reconcile-cron} in the configured time zone.
 */
@Component
class RelationshipJob {

	static final String CAUSE = "daily check";

	private static final Logger log = LoggerFactory.getLogger(RelationshipJob.class);

	private final Cypher cypher;

	private final RelationshipHistory history;

	RelationshipJob(Cypher cypher, RelationshipHistory history) {
		this.cypher = cypher;
		this.history = history;
	}

	@Scheduled(cron = "${guanxi.relationship.reconcile-cron:0 5 0 * * *}", zone = "${guanxi.time-zone:Asia/Shanghai}")
	public void recordAgedClasses() {
		List<String> people = this.cypher.query("relationship/scope", nullScope())
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()
			.stream()
			.toList();
		int changed = this.history.reconcile(people, CAUSE).size();
		log.info("Relationship classes checked: {} people, {} changed.", people.size(), changed);
	}

	private static Map<String, Object> nullScope() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("accountId", null);
		parameters.put("repId", null);
		return parameters;
	}

	/** Turns on Spring's scheduling for the daily job. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {

	}

}
