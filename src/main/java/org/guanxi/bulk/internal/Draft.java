package org.guanxi.bulk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Text;

/**
 * One data row being imported: its typed properties, its references and, once resolved, the nodes they name.
 */
public final class Draft {

	/** The references of a reference column. */
	public record RefValue(RefSpec spec, List<String> keys, String type, String scope) {
	}

	/** A problem of this row. */
	public record Problem(String column, Text message) {
	}

	final long line;

	String id;

	final Map<String, Object> props = new LinkedHashMap<>();

	final List<RefValue> refs = new ArrayList<>();

	final Map<String, List<Candidate>> resolved = new LinkedHashMap<>();

	final List<Problem> problems = new ArrayList<>();

	Draft(long line) {
		this.line = line;
	}

	void problem(String column, Text message) {
		this.problems.add(new Problem(column, message));
	}

	Candidate one(String param) {
		List<Candidate> found = this.resolved.get(param);
		return found == null || found.isEmpty() ? null : found.get(0);
	}

	/** The parameters of this row for the write query. */
	Map<String, Object> row() {
		Map<String, Object> row = new LinkedHashMap<>();
		if (this.id != null) {
			row.put("id", this.id);
		}
		row.put("props", this.props);
		for (RefValue ref : this.refs) {
			List<Candidate> found = this.resolved.getOrDefault(ref.spec().param(), List.of());
			if (ref.spec().multi()) {
				row.put(ref.spec().param(), found.stream().map(Candidate::id).toList());
			}
			else if (!found.isEmpty()) {
				row.put(ref.spec().param(), found.get(0).id());
				row.put(ref.spec().param() + "Type", found.get(0).type());
			}
		}
		return row;
	}

}
