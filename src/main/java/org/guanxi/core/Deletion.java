package org.guanxi.core;

import java.util.List;

/**
 * The result of a delete: the id deleted and what went with it, in words.
 */
public record Deletion(String id, List<Text> removed) {
}
