package org.guanxi.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where an import reads its files from. A file may be opened more than once (validation, then writing).
 */
public interface CsvSource {

	/** Whether the source has this file. */
	boolean has(BulkFile file);

	/** Opens the file's bytes (UTF-8 CSV). */
	InputStream open(BulkFile file) throws IOException;

	/** The files of a folder, named as {@link BulkFile#fileName()}. */
	static CsvSource folder(Path dir) {
		return new CsvSource() {

			@Override
			public boolean has(BulkFile file) {
				return Files.isRegularFile(dir.resolve(file.fileName()));
			}

			@Override
			public InputStream open(BulkFile file) throws IOException {
				return Files.newInputStream(dir.resolve(file.fileName()));
			}

		};
	}

	/** Files held in memory. */
	static CsvSource bytes(Map<BulkFile, byte[]> files) {
		Map<BulkFile, byte[]> copy = new EnumMap<>(BulkFile.class);
		copy.putAll(files);
		return new CsvSource() {

			@Override
			public boolean has(BulkFile file) {
				return copy.containsKey(file);
			}

			@Override
			public InputStream open(BulkFile file) {
				return new ByteArrayInputStream(copy.get(file));
			}

		};
	}

	/** The names of files in a folder that are not book files (ignored by import), for warnings. */
	static List<String> unknownFiles(Path dir) throws IOException {
		try (var list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".csv") && BulkFile.named(n).isEmpty())
				.sorted()
				.toList();
		}
	}

}
