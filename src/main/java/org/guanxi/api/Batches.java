package org.guanxi.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Spreads what one batch query loaded by key over the sources of a {@code @BatchMapping}, so a list field costs
 * one query per request, not one per row.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * The value found for each source's key, looked up once for all distinct keys; sources without a key or a
	 * value are left out (GraphQL resolves them as null).
	 */
	public static <S, V> Map<S, V> values(List<S> sources, Function<S, String> key,
			Function<Collection<String>, Map<String, V>> lookUp) {
		List<String> keys = sources.stream().map(key).filter(Objects::nonNull).distinct().toList();
		Map<String, V> found = keys.isEmpty() ? Map.of() : lookUp.apply(keys);
		Map<S, V> resolved = new LinkedHashMap<>();
		for (S source : sources) {
			String k = key.apply(source);
			V value = k == null ? null : found.get(k);
			if (value != null) {
				resolved.put(source, value);
			}
		}
		return resolved;
	}

	/** The list found for each source's key, looked up once; sources with nothing get an empty list. */
	public static <S, T> Map<S, List<T>> lists(List<S> sources, Function<S, String> key,
			Function<Collection<String>, Map<String, List<T>>> lookUp) {
		Map<S, List<T>> resolved = new LinkedHashMap<>(values(sources, key, lookUp));
		sources.forEach(source -> resolved.putIfAbsent(source, List.of()));
		return resolved;
	}

}
