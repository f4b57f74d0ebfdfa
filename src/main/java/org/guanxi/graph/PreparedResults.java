package org.guanxi.graph;

import java.util.Map;

/**
 * Whole-book results a module has worked out when Guanxi starts ({@link ResultsPreparation}), so that the first
 * person to open a view after a start finds them kept ({@link BookResults}) instead of waiting for the whole book to
 * be read: those the workspace asks for when a view opens with its defaults, as an admin sees them.
 */
public interface PreparedResults {

	/** The results in the order they are worked out: each by its name (for the log) with what works it out. */
	Map<String, Runnable> results();

}
