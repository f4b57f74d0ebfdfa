package org.guanxi.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask for ({@code guanxi.graphql.*}). A request over a limit is refused as
 * BAD_REQUEST before anything runs, with a message naming the limit and the setting that raises it.
 *
 * @param maxDepth deepest nesting of fields (fragments unfolded)
 * @param maxRootFields fields at the top of an operation, aliases included
 * @param maxAliases aliased fields anywhere in the document
 * @param maxOperations operations in one document
 * @param maxTokens grammar tokens the parser reads before it gives up
 * @param maxCost the cost budget of a request: every field counts once per value it can return, i.e. times the
 * page size ({@code first}, {@code limit}) or the cap of every list above it
 * @param maxListSize cap of the lists without page arguments under an entity (Account.people, Person.knows...)
 * @param maxReportRows cap of the lists of whole-book reports (salesReps, abcAnalysis.entries, overdueAccounts...)
 * @param timeout time limit of a request, also the database's transaction timeout
 * @param maxBodySize largest request body accepted at the GraphQL endpoint
 */
@ConfigurationProperties("guanxi.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("20") int maxRootFields,
		@DefaultValue("50") int maxAliases, @DefaultValue("10") int maxOperations,
		@DefaultValue("15000") int maxTokens, @DefaultValue("200000000") long maxCost,
		@DefaultValue("500") int maxListSize, @DefaultValue("100000") int maxReportRows,
		@DefaultValue("30s") Duration timeout, @DefaultValue("1MB") DataSize maxBodySize) {
}
