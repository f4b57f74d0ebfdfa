package org.guanxi.bulk;

import java.util.List;

/**
 * The result of an import: per file counts and the errors found.
 *
 * @param dryRun whether nothing was to be written
 * @param written whether rows were written (false on a dry run or when errors stopped the import)
 * @param files per file counts, in import order
 * @param errors the errors, at most {@code errorLimit} of them
 * @param errorCount the number of errors found in all
 * @param millis total time
 */
public record ImportSummary(boolean dryRun, boolean written, List<FileSummary> files, List<ImportProblem> errors,
		long errorCount, long millis) {

	public long rowsRead() {
		return this.files.stream().mapToLong(FileSummary::rowsRead).sum();
	}

	public long created() {
		return this.files.stream().mapToLong(FileSummary::created).sum();
	}

	public long updated() {
		return this.files.stream().mapToLong(FileSummary::updated).sum();
	}

	public long unchanged() {
		return this.files.stream().mapToLong(FileSummary::unchanged).sum();
	}

	public long rejected() {
		return this.files.stream().mapToLong(FileSummary::rejected).sum();
	}

	public long nodesCreated() {
		return this.files.stream().mapToLong(FileSummary::nodesCreated).sum();
	}

	public long relationshipsCreated() {
		return this.files.stream().mapToLong(FileSummary::relationshipsCreated).sum();
	}

	/** Whether the import found no error. */
	public boolean ok() {
		return this.errorCount == 0;
	}

	/** A human-readable summary, one line per file, then the errors. */
	public String describe() {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%-18s %9s %9s %9s %9s %9s %11s%n", "file", "read", "created", "updated", "unchanged",
				"rejected", "rows/s"));
		for (FileSummary f : this.files) {
			out.append(String.format("%-18s %9d %9d %9d %9d %9d %11.0f%n", f.file(), f.rowsRead(), f.created(),
					f.updated(), f.unchanged(), f.rejected(), f.rowsPerSecond()));
		}
		out.append(String.format("%-18s %9d %9d %9d %9d %9d %11.0f%n", "total", rowsRead(), created(), updated(),
				unchanged(), rejected(), this.millis == 0 ? 0.0 : rowsRead() * 1000.0 / this.millis));
		out.append(String.format("%d nodes and %d relationships created in %.1f s%s%n", nodesCreated(),
				relationshipsCreated(), this.millis / 1000.0,
				this.dryRun ? " (dry run: nothing written)" : this.written ? "" : " (nothing written)"));
		if (this.errorCount > 0) {
			out.append(this.errorCount).append(" error(s)");
			if (this.errorCount > this.errors.size()) {
				out.append(", the first ").append(this.errors.size()).append(" below");
			}
			out.append(this.written || this.dryRun ? ":" : "; nothing was written (use --skip-invalid to write the valid rows):")
				.append(System.lineSeparator());
			this.errors.forEach(e -> out.append("  ").append(e).append(System.lineSeparator()));
		}
		return out.toString();
	}

}
