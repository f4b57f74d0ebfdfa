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
 * The daily job that records the class changes time alone brought about (evidence ageing out of its window, or
 * evidence dated ahead coming into it), each at the moment it happened, at {@code guanxi.relationship.reconcile-cron}
 * in the configured time zone. Writes record their own changes; the job only catches up with time. People are
 * recorded in transactions of {@value #BATCH}.
 */
@Component
class RelationshipJob {

	private static final int BATCH = 2000;

	private static final Logger log = LoggerFactory.getLogger(RelationshipJob.class);

	private final Cypher cypher;

	private final RelationshipHistory history;

	RelationshipJob(Cypher cypher, RelationshipHistory history) {
		this.cypher = cypher;
		this.history = history;
	}

	@Scheduled(cron = "${guanxi.relationship.reconcile-cron:0 5 0 * * *}", zone = "${guanxi.time-zone:Asia/Shanghai}")
	public void recordAgedClasses() {
		this.cypher.asApplication(this::recordAgedClassesOfTheBook);
	}

	private void recordAgedClassesOfTheBook() {
		List<String> people = this.cypher.query("relationship/scope", nullScope())
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()
			.stream()
			.toList();
		int changed = 0;
		for (int from = 0; from < people.size(); from += BATCH) {
			changed += this.history.catchUp(people.subList(from, Math.min(people.size(), from + BATCH))).size();
		}
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
