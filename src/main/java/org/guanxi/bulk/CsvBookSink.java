package org.guanxi.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.guanxi.bulk.internal.ImportRun;

/**
 * Prints the rows of a book as CSV, one writer per file, each starting with its header row, and counts the data
 * rows of each file. A failure to print a row is thrown as {@link UncheckedIOException}.
 */
final class CsvBookSink implements BookSink, Closeable {

	private final Map<BulkFile, CSVPrinter> printers = new EnumMap<>(BulkFile.class);

	private final Map<String, Long> rows = new LinkedHashMap<>();

	/** Prints the file's rows to this writer, starting with its header row; the sink closes it. */
	void add(BulkFile file, Writer out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, ImportRun.FORMAT);
		this.printers.put(file, printer);
		printer.printRecord(file.columns());
		this.rows.put(file.fileName(), 0L);
	}

	@Override
	public void row(BulkFile file, List<String> cells) {
		try {
			this.printers.get(file).printRecord(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.rows.merge(file.fileName(), 1L, Long::sum);
	}

	/** The data rows printed per file name, in the order the files were added. */
	Map<String, Long> rows() {
		return this.rows;
	}

	@Override
	public void close() throws IOException {
		for (CSVPrinter printer : this.printers.values()) {
			printer.close();
		}
	}

}
