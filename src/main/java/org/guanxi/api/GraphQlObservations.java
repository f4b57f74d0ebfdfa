package org.guanxi.api;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * Which GraphQL work is timed ({@code graphql.request}, {@code graphql.datafetcher}, {@code graphql.dataloader}):
 * every request and every batch load, but of the data fetchers only those of an operation's root fields
 * ({@code account}, {@code abcAnalysis}…). A field under a list runs once per entry: timing each of the 20,000
 * entries of a whole-book report would cost more than the report's own work and say nothing the root field
 * does not.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservations {

	@Bean
	ObservationPredicate rootDataFetchersOnly() {
		return (name, context) -> !(context instanceof DataFetcherObservationContext fetcher)
				|| fetcher.getEnvironment().getExecutionStepInfo().getPath().getLevel() <= 1;
	}

}
