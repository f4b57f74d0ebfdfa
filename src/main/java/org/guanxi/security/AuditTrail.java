package org.guanxi.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.guanxi.core.Connection;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;
import org.guanxi.graph.Cypher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail, kept in the graph: every mutation, import, export, token creation and failed sign-in.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private static final int MAX_TEXT = 200;

	private final Cypher cypher;

	private final Clock clock;

	private final AtomicLong sequence = new AtomicLong();

	private final String node = UUID.randomUUID().toString().substring(0, 8);

	AuditTrail(Cypher cypher, Clock clock) {
		this.cypher = cypher;
		this.clock = clock;
	}

	/**
	 * Appends an entry in a transaction of its own, so that it is kept also when the operation failed.
	 * @param username who did it
	 * @param operation what was done
	 * @param ids the ids concerned
	 * @param fields for updates, the fields changed
	 * @param outcome {@code OK} or what went wrong
	 * @param address the client's address, or null
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String username, String operation, List<String> ids, List<String> fields, String outcome,
			String address) {
		OffsetDateTime at = OffsetDateTime.now(this.clock);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", "audit-%013d-%s-%06d".formatted(at.toInstant().toEpochMilli(), this.node,
				this.sequence.incrementAndGet() % 1_000_000));
		parameters.put("at", at);
		parameters.put("username", cut(username == null ? "" : username));
		parameters.put("operation", cut(operation));
		parameters.put("ids", ids.stream().limit(100).map(AuditTrail::cut).toList());
		parameters.put("fields", fields.stream().limit(100).map(AuditTrail::cut).toList());
		parameters.put("outcome", cut(outcome));
		parameters.put("address", address);
		this.cypher.query("security/audit", parameters).run();
	}

	/** One page of the trail, newest first; {@code from} inclusive, {@code to} exclusive. */
	public Connection<AuditEntry> page(OffsetDateTime from, OffsetDateTime to, String username, PageRequest page) {
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidInput("to (" + to + ") must be after from (" + from + ").");
		}
		Map<String, Object> filter = new HashMap<>();
		filter.put("from", from);
		filter.put("to", to);
		filter.put("username", username);
		Map<String, Object> parameters = new HashMap<>(filter);
		parameters.put("afterAt", page.afterKey() == null ? null : cursorTime(page.afterKey()));
		parameters.put("afterId", page.afterId());
		parameters.put("limit", page.limit());
		List<AuditEntry> rows = List.copyOf(this.cypher.query("security/auditPage", parameters)
			.fetchAs(AuditEntry.class)
			.mappedBy((types, row) -> AuditEntry.from(row.get("e").asNode()))
			.all());
		long total = this.cypher.one("security/auditCount", filter, row -> row.get("total").asLong());
		return Connection.of(rows, page, total, e -> e.at().toString(), AuditEntry::id);
	}

	private static OffsetDateTime cursorTime(String key) {
		try {
			return OffsetDateTime.parse(key);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("after: not a cursor of the audit log; pass the endCursor of the previous page.");
		}
	}

	private static String cut(String text) {
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

}
