package org.guanxi.graph;

/**
 * The embedded Neo4j could not start because of a setting the user can change.
 */
public class EmbeddedNeo4jStartFailed extends RuntimeException {

	private final String setting;

	public EmbeddedNeo4jStartFailed(String setting, String problem) {
		super("Embedded Neo4j cannot start: " + problem + ". Change the setting " + setting + ".");
		this.setting = setting;
	}

	public String setting() {
		return this.setting;
	}

}
