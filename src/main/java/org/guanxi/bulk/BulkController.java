package org.guanxi.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guanxi.core.Messages;
import org.guanxi.core.Text;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * HTTP face of bulk import and export: {@code POST /import} (multipart, one part per CSV file, named by its file
 * name) and {@code GET /export/{name}.csv}.
 */
@RestController
class BulkController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final BulkImporter importer;

	private final BulkExporter exporter;

	BulkController(BulkImporter importer, BulkExporter exporter) {
		this.importer = importer;
		this.exporter = exporter;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> importFiles(MultipartHttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean skipInvalid, Locale locale) {
		Map<BulkFile, MultipartFile> files = new EnumMap<>(BulkFile.class);
		List<String> unknown = new ArrayList<>();
		List<String> twice = new ArrayList<>();
		for (List<MultipartFile> parts : request.getMultiFileMap().values()) {
			for (MultipartFile part : parts) {
				String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank() ? part.getName()
						: part.getOriginalFilename();
				String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
				Optional<BulkFile> file = BulkFile.named(base);
				if (file.isPresent() && files.containsKey(file.get())) {
					twice.add(base);
				}
				else if (file.isPresent()) {
					files.put(file.get(), part);
				}
				else if (!this.exporter.isReport(base)) {
					unknown.add(base);
				}
			}
		}
		if (!twice.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("message", Messages.text(Text.of("error.filesTwice", Text.list(twice)), locale)));
		}
		if (!unknown.isEmpty() || files.isEmpty()) {
			Map<String, Object> body = new LinkedHashMap<>();
			Text names = Text.list(BulkFile.fileNames());
			body.put("message", Messages.text(files.isEmpty() && unknown.isEmpty() ? Text.of("error.noBookFileSent", names)
					: Text.of("error.unknownFiles", Text.list(unknown), names), locale));
			return ResponseEntity.badRequest().body(body);
		}
		CsvSource source = new CsvSource() {

			@Override
			public boolean has(BulkFile file) {
				return files.containsKey(file);
			}

			@Override
			public InputStream open(BulkFile file) throws IOException {
				return files.get(file).getInputStream();
			}

		};
		ImportSummary summary;
		try {
			summary = this.importer.importFrom(source, new ImportOptions(dryRun, skipInvalid));
		}
		catch (ImportRunning ex) {
			return ResponseEntity.badRequest().body(Map.of("message", Messages.text(ex.text(), locale)));
		}
		return summary.ok() ? ResponseEntity.ok(json(summary, locale))
				: ResponseEntity.badRequest().body(json(summary, locale));
	}

	@GetMapping("/export/{name}.csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String name, Locale locale) {
		if (!this.exporter.names().contains(name)) {
			byte[] message = Messages.text(Text.of("error.noExport", name,
					Text.list(this.exporter.names().stream().map(n -> n + ".csv").toList())), locale)
				.getBytes(StandardCharsets.UTF_8);
			return ResponseEntity.status(404)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(out -> out.write(message));
		}
		BulkExporter.Export export = this.exporter.forCurrentUser(name, locale);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			export.writeTo(writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
			.body(body);
	}

	static Map<String, Object> json(ImportSummary summary, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ok", summary.ok());
		body.put("dryRun", summary.dryRun());
		body.put("written", summary.written());
		body.put("rowsRead", summary.rowsRead());
		body.put("created", summary.created());
		body.put("updated", summary.updated());
		body.put("unchanged", summary.unchanged());
		body.put("rejected", summary.rejected());
		body.put("nodesCreated", summary.nodesCreated());
		body.put("relationshipsCreated", summary.relationshipsCreated());
		body.put("millis", summary.millis());
		body.put("files", summary.files());
		body.put("errorCount", summary.errorCount());
		body.put("errors", summary.errors().stream().map(error -> problem(error, locale)).toList());
		return body;
	}

	/** An import problem with its message in the language of the request. */
	private static Map<String, Object> problem(ImportProblem problem, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", problem.file());
		json.put("line", problem.line());
		json.put("column", problem.column());
		json.put("message", problem.message(locale));
		return json;
	}

}
