package org.guanxi.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.test.web.reactive.server.WebTestClient;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the CSV files of {@code GET /export/{name}.csv} and compares report files with what GraphQL answers.
 */
public final class CsvExports {

	private CsvExports() {
	}

	/** The body of {@code GET /export/{name}.csv} through this (signed-in) client, checked to be a 200 CSV answer. */
	public static String get(WebTestClient http, String name) {
		return http.get()
			.uri("/export/{name}.csv", name)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The data rows of a CSV text, each by its header's column names. */
	public static List<Map<String, String>> rows(String csv) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = format.parse(new StringReader(csv))) {
			return parser.getRecords().stream().map(CSVRecord::toMap).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Asserts that every cell of the CSV rows holds the value GraphQL answered, row by row: numbers as the same
	 * double, date-times as the same instant, null as a blank cell.
	 * @param graphQl the GraphQL rows, as decoded from the JSON answer
	 * @param paths per CSV column, the path of its value in a GraphQL row (e.g. {@code account.id}); columns not
	 * given have the same name in GraphQL
	 */
	public static void assertSameAsGraphQl(List<Map<String, String>> csv, List<Map<String, Object>> graphQl,
			Map<String, String> paths) {
		assertThat(csv).hasSameSizeAs(graphQl);
		for (int i = 0; i < csv.size(); i++) {
			for (Map.Entry<String, String> cell : csv.get(i).entrySet()) {
				Object expected = valueAt(graphQl.get(i), paths.getOrDefault(cell.getKey(), cell.getKey()));
				assertCell(cell.getValue(), expected, "row " + (i + 1) + ", column " + cell.getKey());
			}
		}
	}

	/** Column names mapped to GraphQL paths, in pairs. */
	public static Map<String, String> paths(String... columnAndPath) {
		Map<String, String> paths = new LinkedHashMap<>();
		for (int i = 0; i < columnAndPath.length; i += 2) {
			paths.put(columnAndPath[i], columnAndPath[i + 1]);
		}
		return paths;
	}

	private static void assertCell(String cell, Object expected, String where) {
		if (expected == null) {
			assertThat(cell).as(where).isEmpty();
		}
		else if (expected instanceof Number number) {
			assertThat(Double.parseDouble(cell)).as(where).isEqualTo(number.doubleValue());
		}
		else if (dateTime(expected.toString()) != null) {
			assertThat(dateTime(cell)).as(where).isNotNull();
			assertThat(dateTime(cell).toInstant()).as(where).isEqualTo(dateTime(expected.toString()).toInstant());
		}
		else {
			assertThat(cell).as(where).isEqualTo(expected.toString());
		}
	}

	private static Object valueAt(Map<String, Object> row, String path) {
		Object value = row;
		for (String key : path.split("\\.")) {
			value = value == null ? null : ((Map<?, ?>) value).get(key);
		}
		return value;
	}

	private static OffsetDateTime dateTime(String text) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
