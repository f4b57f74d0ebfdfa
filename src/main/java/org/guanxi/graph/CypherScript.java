package org.guanxi.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * A {@code .cypher} file of several statements: lines starting with {@code //} are comments, a semicolon at
 * the end of a line ends a statement.
 */
public final class CypherScript {

	private CypherScript() {
	}

	public static List<String> statements(Resource resource) {
		return statements(read(resource));
	}

	public static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				addStatement(statements, current.substring(0, current.lastIndexOf(";")));
				current.setLength(0);
			}
		}
		addStatement(statements, current.toString());
		return statements;
	}

	/** The text of a single-query file, without its comment header. */
	public static String query(Resource resource) {
		List<String> statements = statements(resource);
		if (statements.size() != 1) {
			throw new IllegalStateException(resource + " must hold exactly one query, found " + statements.size());
		}
		return statements.get(0);
	}

	static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	private static void addStatement(List<String> statements, String statement) {
		if (!statement.isBlank()) {
			statements.add(statement.strip());
		}
	}

}
