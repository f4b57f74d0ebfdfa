package org.guanxi.bulk;

import java.util.List;

/**
 * Receives the rows of a generated book, each a list of cells in the order of {@link BulkFile#columns()}.
 */
@FunctionalInterface
public interface BookSink {

	void row(BulkFile file, List<String> cells);

}
