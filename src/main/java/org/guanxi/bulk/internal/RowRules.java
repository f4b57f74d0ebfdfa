package org.guanxi.bulk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanxi.bulk.BulkFile;
import org.guanxi.core.Text;

/**
 * The rules of the rows of one file, made anew for each file: references resolve, ids and ties appear once,
 * reporting lines stay inside an account and give one manager, deals close after they open. Valid rows of node
 * files join the nodes of the import. After the last row, {@link #checkChains} checks what only the whole file
 * with the stored ties shows: reporting cycles and referral loops.
 */
final class RowRules {

	/** The tie files where each tie (its two ends) may appear once. */
	private static final Set<BulkFile> UNIQUE_TIES = EnumSet.of(BulkFile.INFLUENCES, BulkFile.KNOWS, BulkFile.OWNS,
			BulkFile.REFERRALS);

	private final BulkFile file;

	private final FileSpec spec;

	private final Incoming incoming;

	private final Resolver resolver;

	/** Per id of a file that other rows do not name, the line it is on. */
	private final Map<String, Long> otherIds = new HashMap<>();

	/** Per tie (a 64-bit hash of its ends), the line it is on; null for files that are not {@link #UNIQUE_TIES}. */
	private final Map<Long, Long> tieLines;

	/** The reporting lines of the file; null unless it is reports_to. */
	private final ReportingLines reporting;

	/** The referrals of the file; null unless it is referrals. */
	private final List<Loops.Edge> referrals;

	RowRules(BulkFile file, Incoming incoming, Resolver resolver) {
		this.file = file;
		this.spec = FileSpec.of(file);
		this.incoming = incoming;
		this.resolver = resolver;
		this.tieLines = UNIQUE_TIES.contains(file) ? new HashMap<>() : null;
		this.reporting = file == BulkFile.REPORTS_TO ? new ReportingLines() : null;
		this.referrals = file == BulkFile.REFERRALS ? new ArrayList<>() : null;
	}

	/** Resolves a row and adds the problems it breaks the rules with. */
	void check(Draft draft) {
		this.resolver.resolve(draft);
		if (draft.problems.isEmpty()) {
			rules(draft);
		}
		if (this.spec.indexType() == null && draft.id != null) {
			Long seen = this.otherIds.putIfAbsent(draft.id, draft.line);
			if (seen != null) {
				draft.problem("id", Text.of("import.duplicateId", draft.id, seen));
			}
		}
		if (this.spec.indexType() != null && draft.id != null) {
			Incoming.Node seen = this.incoming.node(this.spec.indexType(), draft.id);
			if (seen != null) {
				draft.problem("id", Text.of("import.duplicateId", draft.id, seen.line()));
			}
			else if (draft.problems.isEmpty()) {
				Candidate account = draft.one("account");
				this.incoming.add(this.spec.indexType(), draft.id, (String) draft.props.get("name"),
						account == null ? null : account.id(), draft.line);
			}
		}
	}

	/**
	 * Rejects the reporting lines that close a cycle and the referrals that close a loop, with the ties already
	 * stored.
	 */
	void checkChains(StoredTies stored, Problems problems) {
		if (this.reporting != null) {
			this.reporting.rejectCycles(stored, problems);
		}
		if (this.referrals != null) {
			rejectLoops(stored, problems);
		}
	}

	private void rules(Draft draft) {
		Candidate a = draft.one("a");
		Candidate b = draft.one("b");
		boolean self = a != null && b != null && a.type().equals(b.type()) && a.id().equals(b.id());
		switch (this.file) {
			case REPORTS_TO -> {
				if (self) {
					draft.problem("manager", Text.of("import.selfManager"));
				}
				else if (a.account() != null && !a.account().equals(b.account())) {
					draft.problem("manager",
							Text.of("import.managerElsewhere", a.id(), a.account(), b.id(), b.account()));
				}
				else if (this.reporting.lineOf(a.id()) != null) {
					draft.problem("person", Text.of("import.secondManager", a.id(), this.reporting.lineOf(a.id())));
				}
				else {
					this.reporting.add(a.id(), b.id(), draft.line);
				}
			}
			case INFLUENCES, KNOWS, REFERRALS -> {
				if (self) {
					draft.problem(this.file == BulkFile.REFERRALS ? "target" : "to",
							Text.of("import.selfLink", a.id()));
				}
				else {
					uniqueTie(draft, a, b);
					if (this.file == BulkFile.REFERRALS && draft.problems.isEmpty()) {
						this.referrals
							.add(new Loops.Edge(draft.line, a.type() + ":" + a.id(), b.type() + ":" + b.id()));
					}
				}
			}
			case OWNS -> uniqueTie(draft, a, b);
			case DEALS -> dealRules(draft);
			default -> {
			}
		}
	}

	/**
	 * Rejects a tie that an earlier row of the file already gives: the rows of a file are written in parallel
	 * batches, so a second row for the same tie could not reliably win, and a tie is one relationship.
	 */
	private void uniqueTie(Draft draft, Candidate a, Candidate b) {
		Long seen = this.tieLines.putIfAbsent(tieKey(a, b), draft.line);
		if (seen != null) {
			String column = this.spec.refs().get(1).column();
			draft.problem(column, Text.of("import.duplicateTie", a.describe(), b.describe(), seen));
		}
	}

	/** A 64-bit FNV-1a hash of the two ends of a tie (kinds and ids). */
	private static long tieKey(Candidate a, Candidate b) {
		long h = 0xcbf29ce484222325L;
		for (String part : new String[] { a.type(), a.id(), b.type(), b.id() }) {
			for (int i = 0; i < part.length(); i++) {
				h = (h ^ part.charAt(i)) * 0x100000001b3L;
			}
			h = (h ^ 0xFFFF) * 0x100000001b3L;
		}
		return h;
	}

	private static void dealRules(Draft draft) {
		Object status = draft.props.get("status");
		LocalDate opened = (LocalDate) draft.props.get("openedAt");
		LocalDate closed = (LocalDate) draft.props.get("closedAt");
		if (closed != null && opened != null && closed.isBefore(opened)) {
			draft.problem("closedAt", Text.of("import.closedBeforeOpened", closed, opened));
		}
		if (closed != null && (status == null || "OPEN".equals(status))) {
			draft.problem("closedAt", Text.of("import.closedAtNotClosed"));
		}
		if (draft.props.get("lostTo") != null && !"LOST".equals(status)) {
			draft.problem("lostTo", Text.of("import.lostToNotLost"));
		}
	}

	/**
	 * Rejects the referrals that would close a loop with the referrals stored and the earlier rows, as
	 * recordReferral refuses them.
	 */
	private void rejectLoops(StoredTies stored, Problems problems) {
		new Loops(stored).refused(this.referrals)
			.forEach((line, loop) -> problems.reject(BulkFile.REFERRALS, line, "target",
					Text.of("import.referralLoop", String.join(" -> ", loop))));
	}

}
