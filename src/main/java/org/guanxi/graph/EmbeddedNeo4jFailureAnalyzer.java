package org.guanxi.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an embedded start-up failure into one clear line and the setting to change, instead of a stack trace.
 */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartFailed> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartFailed cause) {
		return new FailureAnalysis(cause.getMessage(), "Set " + cause.setting()
				+ " (e.g. --" + cause.setting() + "=... or the environment variable "
				+ cause.setting().toUpperCase().replace('.', '_').replace('-', '_')
				+ "), or set NEO4J_URI to use an external Neo4j instead.", cause);
	}

}
