package org.guanxi.core;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: one page of a list, with cursors and the total count.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds a page from up to {@code page.limit()} rows fetched in order.
	 * @param rows the rows fetched (one more than the page when there is a next page)
	 * @param sortKey the sort key of a row (as written into the cursor)
	 * @param id the id of a row
	 */
	public static <T> Connection<T> of(List<T> rows, PageRequest page, long totalCount, Function<T, String> sortKey,
			Function<T, String> id) {
		boolean hasNext = rows.size() > page.first();
		List<T> shown = hasNext ? rows.subList(0, page.first()) : rows;
		List<Edge<T>> edges = shown.stream()
			.map(row -> new Edge<>(PageRequest.cursor(sortKey.apply(row), id.apply(row)), row))
			.toList();
		PageInfo info = new PageInfo(hasNext, page.afterId() != null,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, totalCount);
	}

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

}
