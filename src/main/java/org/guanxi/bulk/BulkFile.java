package org.guanxi.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CSV files of a book, one per entity or tie type, in dependency order (entities before the ties that
 * name them). Columns are documented in {@code docs/import.md}.
 */
public enum BulkFile {

	ACCOUNTS("accounts", "id", "name", "industry", "ownership", "size", "units", "difficulty", "signed", "lifecycle",
			"intentionGrade", "opportunityTier", "relationshipLevel", "vip", "prospectSince", "createdAt"),

	REPS("reps", "id", "name", "team", "email", "createdAt"),

	ORGANIZATIONS("organizations", "id", "name", "kind", "createdAt"),

	CHANNELS("channels", "id", "name", "kind", "createdAt"),

	PEOPLE("people", "id", "name", "account", "title", "department", "level", "buyingRoles", "decisionWeight",
			"insider", "age", "family", "hobbies", "sports", "food", "schedule", "attitude", "preference", "phone",
			"email", "createdAt", "relationshipCheckedAt"),

	REPORTS_TO("reports_to", "person", "person_account", "manager", "manager_account"),

	INFLUENCES("influences", "from", "from_account", "to", "to_account", "weight"),

	KNOWS("knows", "from", "from_type", "from_account", "to", "to_account", "strength", "since"),

	OWNS("owns", "rep", "account"),

	REFERRALS("referrals", "source", "source_type", "source_account", "target", "target_type", "target_account", "at",
			"note"),

	INTERACTIONS("interactions", "id", "name", "kind", "at", "outcome", "note", "rep", "person", "person_account"),

	DEALS("deals", "id", "name", "account", "amount", "status", "openedAt", "expectedCloseAt", "closedAt", "lostTo"),

	ASSESSMENTS("assessments", "person", "person_account", "seq", "organisationInterestMet", "personalInterestMet",
			"note", "at", "recordedAt", "clearedAt"),

	RELATIONSHIP_HISTORY("relationship_history", "person", "person_account", "seq", "from", "to", "at", "cause"),

	AUDIT_TRAIL("audit_trail", "id", "at", "username", "operation", "ids", "fields", "outcome", "address");

	private final String baseName;

	private final List<String> columns;

	BulkFile(String baseName, String... columns) {
		this.baseName = baseName;
		this.columns = List.of(columns);
	}

	/** The name without extension, e.g. {@code reports_to}. */
	public String baseName() {
		return this.baseName;
	}

	/** The file name, e.g. {@code reports_to.csv}. */
	public String fileName() {
		return this.baseName + ".csv";
	}

	/** The columns, in the order export writes them. */
	public List<String> columns() {
		return this.columns;
	}

	/** The file with this base name or file name ({@code accounts} or {@code accounts.csv}). */
	public static Optional<BulkFile> named(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		return Arrays.stream(values()).filter(f -> f.baseName.equals(base)).findFirst();
	}

	/** All file names, for messages. */
	public static List<String> fileNames() {
		return Arrays.stream(values()).map(BulkFile::fileName).toList();
	}

}
