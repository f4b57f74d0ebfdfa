package org.guanxi.bulk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of bulk import and export ({@code guanxi.bulk.*}).
 *
 * @param batchSize rows per write transaction on import, and start nodes per page on export
 * @param writers how many batches import writes at once (each in its own transaction); the rows of one file
 * are written in parallel, the files one after the other
 */
@ConfigurationProperties("guanxi.bulk")
public record BulkProperties(@DefaultValue("10000") int batchSize, @DefaultValue("2") int writers) {
}
