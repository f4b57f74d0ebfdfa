package org.guanxi.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.guanxi.core.Visibility;
import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many results are kept: at most {@code guanxi.book-results.max-entries}, the least recently used dropped first,
 * after those a write made useless.
 */
class BookResultsBoundTests extends GraphQlTestBase {

	@Autowired
	private Cypher cypher;

	@Test
	void theLeastRecentlyUsedResultGoesFirstAfterThoseAWriteMadeUseless() {
		TestNeo4j.run("CREATE (:Deal {id: 'bound-1', amount: 1.0})", Map.of());
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("changes", TestNeo4j.changes()));
		BookResults results = new BookResults(beans.getBeanProvider(DatabaseChanges.class), this.cypher,
				beans.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class), 2);
		AtomicInteger computed = new AtomicInteger();
		java.util.function.Function<String, Object> ask = name -> this.cypher.as(Visibility.everything(),
				() -> results.get(name, List.of(), () -> {
					computed.incrementAndGet();
					return this.cypher.one("graph/isEmpty", Map.of(), r -> r.get(0).asBoolean());
				}));

		ask.apply("a");
		ask.apply("b");
		ask.apply("a");
		assertThat(computed).as("a and b worked out, a kept").hasValue(2);
		// a third result: room for two, b is the least recently used
		ask.apply("c");
		ask.apply("a");
		assertThat(computed).as("c worked out, a still kept").hasValue(3);
		ask.apply("b");
		assertThat(computed).as("b was dropped").hasValue(4);
	}

}
