package org.guanxi.bulk.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.CsvSource;
import org.guanxi.core.Text;

/**
 * Reads the rows of a file as UTF-8 CSV, in chunks of at most one batch, skipping blank lines; a file that cannot
 * be read (not UTF-8, broken CSV, bad header) is a problem of the file.
 *
 * @param source where the files come from
 * @param batchSize the most rows of a chunk
 * @param zone the time zone of dates and times without an offset
 * @param problems where the problems of the files go
 */
record RowReader(CsvSource source, int batchSize, ZoneId zone, Problems problems) {

	/** Hands the rows of a file, chunk by chunk, to the handler; its failures are thrown as they are. */
	void read(BulkFile file, Consumer<List<Draft>> handler) {
		FileSpec spec = FileSpec.of(file);
		long lastLine = 0;
		try (InputStream in = this.source.open(file);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
				CSVParser parser = ImportRun.FORMAT.parse(new BufferedReader(reader, 1 << 16))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				this.problems.unreadable(file, 1, Text.of("import.emptyFile", String.join(",", file.columns())));
				return;
			}
			Header header = Header.read(file, spec, records.next(), this.problems);
			lastLine = parser.getCurrentLineNumber();
			if (header == null) {
				return;
			}
			List<Draft> chunk = new ArrayList<>(Math.min(this.batchSize, 10_000));
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long line = lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				if (blank(record)) {
					continue;
				}
				chunk.add(header.draft(record, line, this.zone));
				if (chunk.size() >= this.batchSize) {
					handle(handler, chunk);
					chunk = new ArrayList<>(Math.min(this.batchSize, 10_000));
				}
			}
			if (!chunk.isEmpty()) {
				handle(handler, chunk);
			}
		}
		catch (HandlerFailed ex) {
			throw ex.getCause();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
			Text message = cause instanceof CharacterCodingException ? Text.of("import.notUtf8File")
					: Text.of("import.notCsv", cause.getMessage());
			this.problems.unreadable(file, lastLine + 1, message);
		}
	}

	private static boolean blank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static void handle(Consumer<List<Draft>> handler, List<Draft> chunk) {
		try {
			handler.accept(chunk);
		}
		catch (RuntimeException ex) {
			throw new HandlerFailed(ex);
		}
	}

	/** A failure while validating or writing rows, as opposed to reading the file. */
	private static final class HandlerFailed extends RuntimeException {

		HandlerFailed(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

}
