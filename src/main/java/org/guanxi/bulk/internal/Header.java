package org.guanxi.bulk.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.guanxi.bulk.BulkFile;
import org.guanxi.bulk.internal.Column.CellError;
import org.guanxi.core.Check;
import org.guanxi.core.Text;

/**
 * The header row of a file (column name to cell index), and how it turns a record into a {@link Draft}: typed
 * properties, references and the problems of its cells.
 */
final class Header {

	/** The most characters of one cell (64 KiB). */
	static final int MAX_CELL = 64 * 1024;

	private final FileSpec spec;

	private final Map<String, Integer> columns;

	private final int width;

	private Header(FileSpec spec, Map<String, Integer> columns) {
		this.spec = spec;
		this.columns = columns;
		this.width = columns.values().stream().mapToInt(i -> i + 1).max().orElse(0);
	}

	/**
	 * Reads the header row of a file; reports its unknown, repeated and missing columns as problems of the file
	 * and returns null when there are any.
	 */
	static Header read(BulkFile file, FileSpec spec, CSVRecord record, Problems problems) {
		Map<String, Integer> header = new LinkedHashMap<>();
		boolean ok = true;
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip();
			if (i == 0 && name.startsWith("\uFEFF")) {
				name = name.substring(1).strip();
			}
			if (name.isEmpty()) {
				continue;
			}
			if (!file.columns().contains(name)) {
				problems.unreadable(file, 1,
						Text.of("import.unknownColumn", name, file.fileName(), Text.list(file.columns())));
				ok = false;
			}
			else if (header.put(name, i) != null) {
				problems.unreadable(file, 1, Text.of("import.columnTwice", name));
				ok = false;
			}
		}
		List<String> needed = new ArrayList<>();
		if (spec.hasId()) {
			needed.add("id");
		}
		needed.addAll(spec.required());
		spec.refs().stream().filter(RefSpec::required).forEach(r -> needed.add(r.column()));
		for (String column : needed) {
			if (!header.containsKey(column)) {
				problems.unreadable(file, 1, Text.of("import.columnMissing", column));
				ok = false;
			}
		}
		return ok ? new Header(spec, header) : null;
	}

	/** The row of a record: its typed properties and references, with the problems of its cells. */
	Draft draft(CSVRecord record, long line, ZoneId zone) {
		Draft draft = new Draft(line);
		if (record.size() > this.width) {
			for (int i = 0; i < record.size(); i++) {
				if (!this.columns.containsValue(i) && !record.get(i).isBlank()) {
					draft.problem(null, Text.of("import.extraCells", record.size()));
					break;
				}
			}
		}
		for (int i = 0; i < record.size(); i++) {
			if (record.get(i).length() > MAX_CELL) {
				draft.problem(columnAt(i), Text.of("import.cellTooLong", record.get(i).length(), MAX_CELL));
				return draft;
			}
		}
		for (Map.Entry<String, Integer> column : this.columns.entrySet()) {
			if (column.getValue() < record.size() && record.get(column.getValue()).indexOf('\uFFFD') >= 0) {
				draft.problem(column.getKey(), Text.of("import.cellNotUtf8"));
				return draft;
			}
		}
		if (this.spec.hasId()) {
			String id = cell(record, "id");
			if (id == null) {
				draft.problem("id", Text.of("import.blankId"));
			}
			else if (id.length() > Check.MAX_ID) {
				draft.problem("id", Text.of("import.idTooLong", id.length(), Check.MAX_ID));
				id = null;
			}
			draft.id = id;
		}
		for (Column column : this.spec.columns()) {
			String raw = cell(record, column.name());
			if (raw == null) {
				if (this.spec.required().contains(column.name())) {
					draft.problem(column.name(), Text.of("import.blank", column.name()));
				}
				continue;
			}
			try {
				draft.props.put(column.name(), column.parse(raw, zone));
			}
			catch (CellError ex) {
				draft.problem(column.name(), ex.text());
			}
		}
		for (RefSpec ref : this.spec.refs()) {
			refValue(draft, record, ref);
		}
		return draft;
	}

	private void refValue(Draft draft, CSVRecord record, RefSpec ref) {
		String raw = cell(record, ref.column());
		if (raw != null && raw.length() > Check.MAX_NAME) {
			draft.problem(ref.column(), Text.of("import.refTooLong", ref.column(), raw.length(), Check.MAX_NAME));
			return;
		}
		if (raw == null) {
			if (ref.required()) {
				draft.problem(ref.column(), Text.of("import.refRequired", ref.column(),
						Text.either(ref.types().stream().map(type -> Text.term("BookType", type)).toList())));
			}
			return;
		}
		List<String> keys = ref.multi() ? java.util.Arrays.stream(raw.split(";"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.distinct()
			.toList() : List.of(raw);
		String type = ref.typeColumn() == null ? null : cell(record, ref.typeColumn());
		if (type != null) {
			type = type.toLowerCase(java.util.Locale.ROOT);
			if (!ref.types().contains(type)) {
				draft.problem(ref.typeColumn(), Text.of("import.notOneOf", Column.quoted(type), Text.list(ref.types())));
				return;
			}
		}
		String scope = ref.accountColumn() == null ? null : cell(record, ref.accountColumn());
		draft.refs.add(new Draft.RefValue(ref, keys, type, scope));
	}

	private String columnAt(int index) {
		return this.columns.entrySet()
			.stream()
			.filter(e -> e.getValue() == index)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private String cell(CSVRecord record, String column) {
		Integer index = this.columns.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

}
