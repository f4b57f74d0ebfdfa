package org.guanxi.bulk.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.ImportProblem;
import org.guanxi.core.Text;

/**
 * The problems an import finds: every one counted and the first {@link #LIMIT} kept, with the lines rejected in
 * each file and the files that could not be read.
 */
final class Problems {

	/** At most this many problems are kept (all are counted). */
	static final int LIMIT = 1000;

	private final List<ImportProblem> kept = new ArrayList<>();

	private long count;

	private final Map<BulkFile, Set<Long>> rejected = new EnumMap<>(BulkFile.class);

	private final Set<BulkFile> unreadable = new HashSet<>();

	/** Counts a problem and keeps it while fewer than {@link #LIMIT} are kept. */
	void add(BulkFile file, long line, String column, Text message) {
		this.count++;
		if (this.kept.size() < LIMIT) {
			this.kept.add(new ImportProblem(file.fileName(), line, column, message));
		}
	}

	/** Rejects a row of a file for this problem. */
	void reject(BulkFile file, long line, String column, Text message) {
		rejected(file).add(line);
		add(file, line, column, message);
	}

	/** Rejects a row for all its problems. */
	void reject(BulkFile file, Draft draft) {
		rejected(file).add(draft.line);
		draft.problems.forEach(p -> add(file, draft.line, p.column(), p.message()));
	}

	/** A problem with the file as a whole (its encoding, its header): none of its rows is written. */
	void unreadable(BulkFile file, long line, Text message) {
		this.unreadable.add(file);
		add(file, line, null, message);
	}

	boolean readable(BulkFile file) {
		return !this.unreadable.contains(file);
	}

	/** The lines of a file rejected so far. */
	Set<Long> rejected(BulkFile file) {
		return this.rejected.computeIfAbsent(file, f -> new HashSet<>());
	}

	long count() {
		return this.count;
	}

	List<ImportProblem> kept() {
		return List.copyOf(this.kept);
	}

}
