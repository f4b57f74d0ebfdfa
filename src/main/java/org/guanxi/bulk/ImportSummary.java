package org.guanxi.bulk;

import java.util.List;
import java.util.Locale;

import org.guanxi.core.Messages;
import org.guanxi.core.Text;

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

	private static String word(String key, Locale locale) {
		return Messages.text(Text.of(key), locale);
	}

	/** Whether the import found no error. */
	public boolean ok() {
		return this.errorCount == 0;
	}

	/** A human-readable summary, one line per file, then the errors. */
	public String describe() {
		return describe(Locale.ENGLISH);
	}

	/** The summary in the language of the locale. */
	public String describe(Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%-18s %9s %9s %9s %9s %9s %11s%n", word("cli.col.file", locale),
				word("cli.col.read", locale), word("cli.col.created", locale), word("cli.col.updated", locale),
				word("cli.col.unchanged", locale), word("cli.col.rejected", locale), word("cli.col.rate", locale)));
		for (FileSummary f : this.files) {
			out.append(String.format("%-18s %9d %9d %9d %9d %9d %11.0f%n", f.file(), f.rowsRead(), f.created(),
					f.updated(), f.unchanged(), f.rejected(), f.rowsPerSecond()));
		}
		out.append(String.format("%-18s %9d %9d %9d %9d %9d %11.0f%n", word("cli.col.total", locale), rowsRead(),
				created(), updated(),
				unchanged(), rejected(), this.millis == 0 ? 0.0 : rowsRead() * 1000.0 / this.millis));
		String seconds = String.format(Locale.ROOT, "%.1f", this.millis / 1000.0);
		String key = this.dryRun ? "cli.created.dryRun" : this.written ? "cli.created" : "cli.created.nothing";
		out.append(Messages.text(Text.of(key, nodesCreated(), relationshipsCreated(), seconds), locale))
			.append(System.lineSeparator());
		if (this.errorCount > 0) {
			String errors = this.errorCount > this.errors.size() ? "cli.errors.first" : "cli.errors";
			String written = this.written || this.dryRun ? "" : ".nothingWritten";
			out.append(Messages.text(Text.of(errors + written, this.errorCount, this.errors.size()), locale))
				.append(System.lineSeparator());
			this.errors.forEach(e -> out.append("  ").append(e.describe(locale)).append(System.lineSeparator()));
		}
		return out.toString();
	}

}
