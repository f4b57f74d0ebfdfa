package org.guanxi.bulk.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * Runs Neo4j's bulk importer ({@code neo4j-admin database import full}) in this process: writes the files of
 * {@link StoreFiles} as the database {@code neo4j} of the embedded DBMS whose home is given, replacing what
 * that database held. The DBMS must not be running.
 */
public final class StoreImport {

	private static final Logger log = LoggerFactory.getLogger(StoreImport.class);

	private StoreImport() {
	}

	private static String log(ByteArrayOutputStream buffer) {
		return buffer.toString(StandardCharsets.UTF_8)
			.lines()
			.filter(l -> !l.startsWith(".........."))
			.collect(java.util.stream.Collectors.joining(System.lineSeparator()));
	}

	/**
	 * Imports the files.
	 * @param home the home of the embedded DBMS (its data folder)
	 * @param files the files, closed
	 * @param work a folder for the importer's report
	 * @throws IllegalStateException with the importer's own words when it fails
	 */
	public static void run(Path home, StoreFiles files, Path work) {
		List<String> args = new ArrayList<>(List.of("neo4j", "--overwrite-destination=true", "--id-type=string",
				"--multiline-fields=" + files.multiline(), "--array-delimiter=" + StoreFiles.ARRAY_DELIMITER, "--bad-tolerance=0",
				"--skip-bad-relationships=false", "--skip-duplicate-nodes=false",
				"--report-file=" + work.resolve("import.report")));
		files.nodeFiles().forEach(f -> args.add("--nodes=" + f));
		files.relationshipFiles().forEach((f, type) -> args.add("--relationships=" + type + "=" + f));
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		int status;
		try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
				DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, fs);
			status = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
		}
		if (log.isDebugEnabled()) {
			log.debug("Neo4j's importer:{}{}", System.lineSeparator(), log(buffer));
		}
		if (status != 0) {
			throw new IllegalStateException("Neo4j's importer failed (status " + status + "): "
					+ lastLines(log(buffer)) + report(work));
		}
	}

	private static String lastLines(String text) {
		List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("..") && !l.startsWith("\tat ")).toList();
		return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 8), lines.size()));
	}

	private static String report(Path work) {
		try {
			Path report = work.resolve("import.report");
			return Files.isRegularFile(report) && Files.size(report) > 0
					? System.lineSeparator() + Files.readString(report) : "";
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

}
