package org.guanxi.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.guanxi.bulk.BulkFile;

import static org.guanxi.bulk.internal.Column.Kind.AMOUNT;
import static org.guanxi.bulk.internal.Column.Kind.BOOL;
import static org.guanxi.bulk.internal.Column.Kind.DATE;
import static org.guanxi.bulk.internal.Column.Kind.DATETIME;
import static org.guanxi.bulk.internal.Column.Kind.NAME;
import static org.guanxi.bulk.internal.Column.Kind.NON_NEGATIVE_INT;
import static org.guanxi.bulk.internal.Column.Kind.POSITIVE_INT;
import static org.guanxi.bulk.internal.Column.Kind.TEXT;
import static org.guanxi.bulk.internal.Column.Kind.TEXT_LIST;
import static org.guanxi.bulk.internal.Column.Kind.UNIT;

/**
 * How a file is read and written: its property columns, its reference columns, the node kind it indexes (for
 * ties naming its rows) and its write query ({@code cypher/bulk/<query>.cypher}).
 *
 * @param file the file
 * @param hasId whether rows are nodes merged on an {@code id} column
 * @param indexType the kind other rows may name these rows as (account, person, ...), or null
 * @param columns the property columns (stored as node or relationship properties)
 * @param required property columns that must not be blank
 * @param refs the reference columns
 * @param query the write query
 */
public record FileSpec(BulkFile file, boolean hasId, String indexType, List<Column> columns, List<String> required,
		List<RefSpec> refs, String query) {

	public static final List<String> SOURCE_TYPES = List.of("account", "person", "organization", "channel");

	public static final List<String> BUYING_ROLES = List.of("GATEKEEPER", "USER", "BUYER", "DECIDER", "INFLUENCER",
			"EVALUATOR");

	private static final java.util.function.Function<String, Column> CLASS = name -> Column.oneOf(name, "OUTSIDER",
			"FRIEND", "SUPPLIER", "PARTNER");

	private static final Map<BulkFile, FileSpec> SPECS = build();

	/** The spec of a file. */
	public static FileSpec of(BulkFile file) {
		return SPECS.get(file);
	}

	/** The property column named so, or null. */
	public Column column(String name) {
		return this.columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

	/** Every column the file may have, in export order. */
	public List<String> allColumns() {
		return this.file.columns();
	}

	private static Map<BulkFile, FileSpec> build() {
		Map<BulkFile, FileSpec> specs = new java.util.EnumMap<>(BulkFile.class);
		specs.put(BulkFile.ACCOUNTS, new FileSpec(BulkFile.ACCOUNTS, true, "account",
				List.of(Column.of("name", NAME), Column.of("industry", TEXT),
						Column.oneOf("ownership", "STATE_OWNED", "PRIVATE", "GOVERNMENT", "FOREIGN", "OTHER"),
						Column.oneOf("size", "LARGE", "MEDIUM", "SMALL"), Column.of("units", NON_NEGATIVE_INT),
						Column.oneOf("difficulty", "HIGH", "MEDIUM", "LOW"), Column.of("signed", BOOL),
						Column.oneOf("lifecycle", "POTENTIAL", "PROSPECT", "RETAINED", "LOST"),
						Column.oneOf("intentionGrade", "H", "A", "B", "C"),
						Column.oneOf("opportunityTier", "A", "B", "C", "D"),
						Column.oneOf("relationshipLevel", "ORDINARY", "PRIORITY", "PARTNER", "STRATEGIC"),
						Column.of("vip", BOOL), Column.of("prospectSince", DATETIME), Column.of("createdAt", DATETIME)),
				List.of("name"), List.of(), "mergeAccounts"));
		specs.put(BulkFile.REPS, new FileSpec(BulkFile.REPS, true, "rep", List.of(Column.of("name", NAME),
				Column.of("team", TEXT), Column.of("email", TEXT), Column.of("createdAt", DATETIME)), List.of("name"),
				List.of(), "mergeReps"));
		specs.put(BulkFile.ORGANIZATIONS, new FileSpec(BulkFile.ORGANIZATIONS, true, "organization",
				List.of(Column.of("name", NAME),
						Column.oneOf("kind", "INSURER", "GOVERNMENT_OFFICE", "ASSOCIATION", "PARTNER_COMPANY", "OTHER"),
						Column.of("createdAt", DATETIME)),
				List.of("name", "kind"), List.of(), "mergeOrganizations"));
		specs.put(BulkFile.CHANNELS, new FileSpec(BulkFile.CHANNELS, true, "channel",
				List.of(Column.of("name", NAME),
						Column.oneOf("kind", "MEDIA", "EVENT", "WALK_IN", "WEBSITE", "DIRECT_MAIL", "OTHER"),
						Column.of("createdAt", DATETIME)),
				List.of("name", "kind"), List.of(), "mergeChannels"));
		specs.put(BulkFile.PEOPLE, new FileSpec(BulkFile.PEOPLE, true, "person", List.of(Column.of("name", NAME),
				Column.of("title", TEXT), Column.of("department", TEXT), Column.of("level", POSITIVE_INT),
				new Column("buyingRoles", Column.Kind.ENUM_LIST, BUYING_ROLES), Column.of("decisionWeight", UNIT),
				Column.of("insider", BOOL), Column.of("age", NON_NEGATIVE_INT), Column.of("family", TEXT),
				Column.of("hobbies", TEXT), Column.of("sports", TEXT), Column.of("food", TEXT),
				Column.of("schedule", TEXT), Column.of("attitude", TEXT), Column.of("preference", TEXT),
				Column.of("phone", TEXT), Column.of("email", TEXT), Column.of("createdAt", DATETIME),
				Column.of("relationshipCheckedAt", DATETIME)), List.of("name"),
				List.of(RefSpec.one("account", "account", "account")), "mergePeople"));
		specs.put(BulkFile.REPORTS_TO, new FileSpec(BulkFile.REPORTS_TO, false, null, List.of(), List.of(),
				List.of(RefSpec.person("person", "a"), RefSpec.person("manager", "b")), "mergeReportsTo"));
		specs.put(BulkFile.INFLUENCES, new FileSpec(BulkFile.INFLUENCES, false, null, List.of(Column.of("weight", UNIT)),
				List.of("weight"), List.of(RefSpec.person("from", "a"), RefSpec.person("to", "b")), "mergeInfluences"));
		specs.put(BulkFile.KNOWS, new FileSpec(BulkFile.KNOWS, false, null,
				List.of(Column.of("strength", UNIT), Column.of("since", DATE)), List.of("strength"),
				List.of(new RefSpec("from", "from_type", "from_account", List.of("person", "rep"), true, false, "a"),
						RefSpec.person("to", "b")),
				"mergeKnows"));
		specs.put(BulkFile.OWNS, new FileSpec(BulkFile.OWNS, false, null, List.of(), List.of(),
				List.of(RefSpec.one("rep", "rep", "a"), RefSpec.one("account", "account", "b")), "mergeOwns"));
		specs.put(BulkFile.REFERRALS, new FileSpec(BulkFile.REFERRALS, false, null,
				List.of(Column.of("at", DATE), Column.of("note", TEXT)), List.of(),
				List.of(new RefSpec("source", "source_type", "source_account", SOURCE_TYPES, true, false, "a"),
						new RefSpec("target", "target_type", "target_account", List.of("account", "person"), true,
								false, "b")),
				"mergeReferrals"));
		specs.put(BulkFile.INTERACTIONS, new FileSpec(BulkFile.INTERACTIONS, true, null,
				List.of(Column.of("name", TEXT),
						Column.oneOf("kind", "VISIT", "CALL", "MEAL", "GIFT", "FAVOR", "SOCIAL_EVENT", "EMAIL", "DEMO"),
						Column.of("at", DATETIME), Column.oneOf("outcome", "POSITIVE", "NEUTRAL", "NEGATIVE"),
						Column.of("note", TEXT)),
				List.of("kind", "at"),
				List.of(new RefSpec("rep", null, null, List.of("rep"), false, false, "rep"),
						new RefSpec("person", null, "person_account", List.of("person"), false, true, "persons")),
				"mergeInteractions"));
		specs.put(BulkFile.DEALS, new FileSpec(BulkFile.DEALS, true, null,
				List.of(Column.of("name", NAME), Column.of("amount", AMOUNT), Column.oneOf("status", "OPEN", "WON", "LOST"),
						Column.of("openedAt", DATE), Column.of("expectedCloseAt", DATE), Column.of("closedAt", DATE),
						Column.of("lostTo", TEXT)),
				List.of("name"), List.of(RefSpec.one("account", "account", "account")), "mergeDeals"));
		specs.put(BulkFile.ASSESSMENTS, new FileSpec(BulkFile.ASSESSMENTS, false, null,
				List.of(Column.of("seq", POSITIVE_INT), Column.of("organisationInterestMet", BOOL),
						Column.of("personalInterestMet", BOOL), Column.of("note", TEXT), Column.of("at", DATETIME),
						Column.of("recordedAt", DATETIME), Column.of("clearedAt", DATETIME)),
				List.of("seq", "at", "recordedAt"), List.of(RefSpec.person("person", "person")), "mergeAssessments"));
		specs.put(BulkFile.RELATIONSHIP_HISTORY, new FileSpec(BulkFile.RELATIONSHIP_HISTORY, false, null,
				List.of(Column.of("seq", POSITIVE_INT), CLASS.apply("from"), CLASS.apply("to"), Column.of("at", DATETIME),
						Column.of("cause", TEXT)),
				List.of("seq", "from", "to", "at"), List.of(RefSpec.person("person", "person")),
				"mergeRelationshipHistory"));
		specs.put(BulkFile.AUDIT_TRAIL, new FileSpec(BulkFile.AUDIT_TRAIL, true, null,
				List.of(Column.of("at", DATETIME), Column.of("username", TEXT), Column.of("operation", TEXT),
						Column.of("ids", TEXT_LIST), Column.of("fields", TEXT_LIST), Column.of("outcome", TEXT),
						Column.of("address", TEXT)),
				List.of("at", "operation", "outcome"), List.of(), "mergeAuditTrail"));
		specs.values().forEach(FileSpec::checkColumns);
		return specs;
	}

	private void checkColumns() {
		List<String> known = new ArrayList<>();
		if (this.hasId) {
			known.add("id");
		}
		this.columns.forEach(c -> known.add(c.name()));
		for (RefSpec ref : this.refs) {
			known.add(ref.column());
			if (ref.typeColumn() != null) {
				known.add(ref.typeColumn());
			}
			if (ref.accountColumn() != null) {
				known.add(ref.accountColumn());
			}
		}
		if (!Objects.equals(new java.util.HashSet<>(known), new java.util.HashSet<>(this.file.columns()))) {
			throw new IllegalStateException("Columns of " + this.file + " disagree: " + known);
		}
	}

}
