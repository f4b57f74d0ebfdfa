package org.guanxi.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import through the public service (the CLI and POST /import are thin layers over it), checked in the graph,
 * through GraphQL and through export.
 */
class BulkImportTests extends GraphQlTestBase {

	static final Path EXAMPLE = Path.of("examples", "book");

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	BulkImporter importer;

	@Autowired
	BulkExporter exporter;

	@Autowired
	BulkProperties properties;

	@org.junit.jupiter.api.BeforeEach
	void patientClient() {
		this.graphQl = this.graphQl.mutate().responseTimeout(java.time.Duration.ofSeconds(120)).build();
	}

	static CsvSource files(Object... nameAndText) {
		Map<BulkFile, byte[]> files = new EnumMap<>(BulkFile.class);
		for (int i = 0; i < nameAndText.length; i += 2) {
			files.put((BulkFile) nameAndText[i], ((String) nameAndText[i + 1]).getBytes(StandardCharsets.UTF_8));
		}
		return CsvSource.bytes(files);
	}

	ImportSummary importExample() {
		ImportSummary summary = this.importer.importFolder(EXAMPLE, ImportOptions.DEFAULT, ImportListener.NONE);
		assertThat(summary.errors()).isEmpty();
		return summary;
	}

	static long count(String cypher) {
		return TestNeo4j.count(cypher);
	}

	@Test
	void exampleBookImportsCleanlyResolvingNamesThenReimportChangesNothing() {
		ImportSummary first = importExample();
		assertThat(first.rowsRead()).isEqualTo(42);
		assertThat(first.created()).isEqualTo(42);
		// the summary counts the book's 24 nodes; the import also records 5 class changes (people of the signed
		// account), so the graph holds 29
		assertThat(first.nodesCreated()).isEqualTo(24);
		assertThat(count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)")).isEqualTo(29);
		// the book's 38 ties, and the 5 HAD_CLASS ties of the class changes the import recorded
		assertThat(first.relationshipsCreated()).isEqualTo(38);
		assertThat(count("MATCH (a)-[r]->() WHERE NOT a:User RETURN count(r)")).isEqualTo(43);
		// names resolved within their account: 王芳 is the name of a person at two accounts
		assertThat(count("MATCH (:Person {id: 'p-ht-ma'})-[:REPORTS_TO]->(:Person {id: 'p-ht-wang'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Person {id: 'p-jq-sun'})-[:INFLUENCES {weight: 0.5}]->(:Person {id: 'p-jq-wang'}) "
				+ "RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Interaction {id: 'int-004'})-[:WITH]->(p:Person) WHERE p.id IN ['p-jq-sun', 'p-jq-wang'] "
				+ "RETURN count(p)")).isEqualTo(2);
		assertThat(count("MATCH (:SalesRep {id: 'rep-zhou'})-[:KNOWS {strength: 0.8}]->(:Person {id: 'p-ht-ma'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Person {id: 'p-ht-li'})-[:REFERRED {at: date('2026-08-28')}]->(:Account {id: 'acc-jinqiao'}) "
				+ "RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Deal {id: 'deal-jq-tyres', status: 'LOST', lostTo: '安驰汽修'})-[:FOR]->(:Account {id: 'acc-jinqiao'}) "
				+ "RETURN count(*)")).isEqualTo(1);

		ImportSummary second = importExample();
		assertThat(second.rowsRead()).isEqualTo(42);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(42);
		// the same 38 ties of the book and 5 of its recorded history: the re-import records nothing new
		assertThat(count("MATCH (a)-[r]->() WHERE NOT a:User RETURN count(r)")).isEqualTo(43);
	}

	@Test
	void chineseTextSurvivesImportGraphQlAndExport() throws IOException {
		importExample();
		this.graphQl.documentName("account").variable("id", "acc-hengtong")
			.execute()
			.path("account.name")
			.entity(String.class)
			.isEqualTo("恒通物流 Hengtong Logistics");
		assertThat(count("MATCH (i:Interaction {id: 'int-001'}) WHERE i.note = '谈年度维保合同, 李总满意' RETURN count(i)"))
			.isEqualTo(1);
		var out = new java.io.StringWriter();
		this.exporter.write(BulkFile.PEOPLE, out);
		assertThat(out.toString()).contains("p-ht-ma,马东,acc-hengtong,司机班长 Driver Team Lead,车队,3,USER,0.1,true,47")
			.contains("\"已婚，一子 married, one son\"");
	}

	@Test
	void changedRowsAreCountedAsUpdatesTheOthersUnchanged() {
		importExample();
		ImportSummary summary = this.importer.importFrom(files(BulkFile.ACCOUNTS, """
				id,name,units,lifecycle
				acc-hengtong,恒通物流 Hengtong Logistics,130,RETAINED
				acc-jinqiao,金桥出租汽车 Jinqiao Taxi,60,PROSPECT
				acc-new,新客户 New,1,
				""", BulkFile.DEALS, """
				id,name,account,amount,status,openedAt,closedAt
				deal-ht-2026,年度维保合同 2026,acc-hengtong,420000,WON,2026-10-01,2026-11-20
				"""), ImportOptions.DEFAULT);
		FileSummary accounts = summary.files().get(0);
		assertThat(accounts.created()).isEqualTo(1);
		assertThat(accounts.updated()).isEqualTo(1);
		assertThat(accounts.unchanged()).isEqualTo(1);
		assertThat(summary.files().get(1).updated()).isEqualTo(1);
		assertThat(count("MATCH (a:Account {id: 'acc-hengtong', units: 130, vip: true}) RETURN count(a)")).isEqualTo(1);
		assertThat(count("MATCH (a:Account {id: 'acc-new', lifecycle: 'POTENTIAL', signed: false}) RETURN count(a)"))
			.isEqualTo(1);
		this.graphQl.documentName("account").variable("id", "acc-hengtong")
			.execute()
			.path("account.revenue")
			.entity(Double.class)
			.isEqualTo(780000.0);
	}

	@Test
	void everyKindOfErrorNamesFileLineAndColumnAndNothingIsWritten() {
		ImportSummary summary = this.importer.importFrom(files(BulkFile.ACCOUNTS, """
				id,name,ownership,units,signed
				acc-1,Good,PRIVATE,5,true
				acc-2,  ,PRIVATE,1,true
				acc-3,Three,PUBLIC,1,true
				acc-4,Four,PRIVATE,-2,true
				acc-5,Five,PRIVATE,2,maybe
				acc-1,Dup,PRIVATE,1,true
				,NoId,PRIVATE,1,true
				""", BulkFile.PEOPLE, """
				id,name,account,decisionWeight,buyingRoles,level
				p-1,甲,acc-1,0.5,DECIDER,1
				p-2,乙,acc-9,0.2,USER,2
				p-3,丙,acc-1,1.5,USER,2
				p-4,丁,acc-1,0.1,BOSS;USER,2
				p-5,"戊
				multi-line",acc-1,0.1,USER,0
				p-6,己,Good,0.1,USER,2
				p-7,庚,acc-1,abc,USER,2,extra
				""", BulkFile.REPORTS_TO, """
				person,manager
				p-1,p-1
				p-6,p-1
				p-1,p-x
				p-6,p-1
				""", BulkFile.INFLUENCES, """
				from,to,weight
				p-1,p-6,2
				p-1,p-6,
				""", BulkFile.KNOWS, """
				from,to,strenght
				p-1,p-6,0.5
				""", BulkFile.OWNS, """
				rep,account
				rep-1,acc-1
				""", BulkFile.DEALS, """
				id,name,account,amount,status,openedAt,closedAt,lostTo
				d-1,Deal,acc-1,-5,OPEN,2026-01-01,,
				d-2,Deal2,acc-1,5,OPEN,2026-13-01,,
				d-3,D3,acc-1,5,WON,2026-02-01,2026-01-01,
				d-4,D4,acc-1,5,OPEN,2026-02-01,2026-03-01,Rival
				d-5,D5,acc-1,5,WON,2026-02-01,2026-03-01,
				d-5,D5 again,acc-1,5,WON,2026-02-01,2026-03-01,
				"""), ImportOptions.DEFAULT);
		assertThat(summary.written()).isFalse();
		assertThat(count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)")).isZero();
		List<String> errors = summary.errors().stream().map(ImportProblem::toString).toList();
		assertThat(errors).containsExactly(
				"accounts.csv, line 3, column name: name must not be blank.",
				"accounts.csv, line 4, column ownership: 'PUBLIC' is not one of STATE_OWNED, PRIVATE, GOVERNMENT, FOREIGN, OTHER.",
				"accounts.csv, line 5, column units: must not be negative, got -2.",
				"accounts.csv, line 6, column signed: 'maybe' is not true or false.",
				"accounts.csv, line 7, column id: the id 'acc-1' is also on line 2; ids must be unique within a file.",
				"accounts.csv, line 8, column id: the id must not be blank; every row needs an id.",
				"people.csv, line 3, column account: no account has the id or name 'acc-9'; add it to its file or fix the spelling.",
				"people.csv, line 4, column decisionWeight: must be between 0 and 1, got 1.5.",
				"people.csv, line 5, column buyingRoles: 'BOSS' is not one of GATEKEEPER, USER, BUYER, DECIDER, INFLUENCER, EVALUATOR.",
				"people.csv, line 6, column level: must be 1 or more, got 0.",
				"people.csv, line 9: the row has more cells (7) than the header has columns; quote values that contain commas.",
				"people.csv, line 9, column decisionWeight: 'abc' is not a number (use a dot for decimals, no thousands separators).",
				"reports_to.csv, line 2, column manager: a person cannot report to themself.",
				"reports_to.csv, line 4, column manager: no person has the id or name 'p-x'; add it to its file or fix the spelling.",
				"reports_to.csv, line 5, column person: 'p-6' already has a manager on line 3; a person reports to one manager.",
				"influences.csv, line 2, column weight: must be between 0 and 1, got 2.",
				"influences.csv, line 3, column weight: weight must not be blank.",
				"knows.csv, line 1: unknown column 'strenght'; the columns of knows.csv are from, from_type, from_account, to, to_account, strength, since.",
				"knows.csv, line 1: the column 'strength' is missing; the header row must name it.",
				"owns.csv, line 2, column rep: no rep has the id or name 'rep-1'; add it to its file or fix the spelling.",
				"deals.csv, line 2, column amount: must not be negative, got -5.",
				"deals.csv, line 3, column openedAt: '2026-13-01' is not a date like 2026-11-23.",
				"deals.csv, line 4, column closedAt: the deal cannot close (2026-01-01) before it opened (2026-02-01).",
				"deals.csv, line 5, column closedAt: only WON or LOST deals have a closedAt date; set status or clear closedAt.",
				"deals.csv, line 5, column lostTo: only LOST deals have lostTo; set status to LOST or clear lostTo.",
				"deals.csv, line 7, column id: the id 'd-5' is also on line 6; ids must be unique within a file.");
		assertThat(summary.errorCount()).isEqualTo(26);
		assertThat(summary.files().get(0).rejected()).isEqualTo(6);
		assertThat(summary.describe()).contains("nothing was written (use --skip-invalid to write the valid rows)");
	}

	@Test
	void reportingLinesStayInsideOneAccountAndFormNoCycle() {
		importExample();
		ImportSummary summary = this.importer.importFrom(files(BulkFile.REPORTS_TO, """
				person,manager
				p-ht-zhang,p-jq-wang
				p-ht-li,p-ht-zhang
				p-ht-zhang,p-ht-li
				"""), ImportOptions.DEFAULT);
		assertThat(summary.errors().stream().map(ImportProblem::toString)).containsExactly(
				"reports_to.csv, line 2, column manager: 'p-ht-zhang' works at account 'acc-hengtong' but 'p-jq-wang' at "
						+ "'acc-jinqiao': reporting lines stay inside one account.",
				"reports_to.csv, line 3, column manager: reporting cycle p-ht-li -> p-ht-zhang -> p-ht-li; reporting lines "
						+ "must form a tree.",
				"reports_to.csv, line 4, column manager: reporting cycle p-ht-li -> p-ht-zhang -> p-ht-li; reporting lines "
						+ "must form a tree.");
	}

	@Test
	void aTieGivenTwiceInAFileIsAnErrorNamingBothLines() {
		importExample();
		ImportSummary summary = this.importer.importFrom(files(BulkFile.INFLUENCES, """
				from,to,weight
				p-ht-zhang,p-ht-li,0.5
				p-ht-li,p-ht-zhang,0.5
				p-ht-zhang,p-ht-li,0.7
				""", BulkFile.OWNS, """
				rep,account
				rep-gao,acc-hengtong
				rep-gao,acc-hengtong
				"""), ImportOptions.DEFAULT);
		assertThat(summary.written()).isFalse();
		assertThat(summary.errors().stream().map(ImportProblem::toString)).containsExactly(
				"influences.csv, line 4, column to: the tie from person 'p-ht-zhang' at account 'acc-hengtong' to person "
						+ "'p-ht-li' at account 'acc-hengtong' is also on line 2; give each tie once (merge the two rows "
						+ "into one).",
				"owns.csv, line 3, column account: the tie from rep 'rep-gao' to account 'acc-hengtong' is also on "
						+ "line 2; give each tie once (merge the two rows into one).");
		assertThat(count("MATCH (:Person {id: 'p-ht-li'})-[r:INFLUENCES]->(:Person {id: 'p-ht-zhang'}) "
				+ "RETURN count(r)")).isZero();
	}

	@Test
	void namesMatchWithinTheAccountAndAmbiguousOrUnknownNamesListCandidates() {
		importExample();
		ImportSummary summary = this.importer.importFrom(files(BulkFile.INFLUENCES, """
				from,from_account,to,to_account,weight
				王芳,,李建国,,0.3
				赵六,,李建国,,0.3
				王芳,金桥出租汽车 Jinqiao Taxi,孙磊,,0.4
				孙磊,acc-hengtong,李建国,,0.3
				""", BulkFile.OWNS, """
				rep,account
				rep-gao,恒通物流 Hengtong Logistics
				"""), new ImportOptions(false, true));
		assertThat(summary.errors().stream().map(ImportProblem::toString)).containsExactly(
				"influences.csv, line 2, column from: the name '王芳' is ambiguous: it is the name of person 'p-ht-wang' "
						+ "at account 'acc-hengtong', person 'p-jq-wang' at account 'acc-jinqiao'; use the id instead or "
						+ "give the person's account in the _account column.",
				"influences.csv, line 3, column from: no person has the id or name '赵六'; add it to its file or fix the "
						+ "spelling.",
				"influences.csv, line 5, column from: no person has the id or name '孙磊' at account 'acc-hengtong'; add it "
						+ "to its file or fix the spelling.");
		assertThat(count("MATCH (:Person {id: 'p-jq-wang'})-[:INFLUENCES {weight: 0.4}]->(:Person {id: 'p-jq-sun'}) "
				+ "RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:SalesRep {id: 'rep-gao'})-[:OWNS]->(:Account {id: 'acc-hengtong'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(summary.files().get(1).created()).isEqualTo(1);
		assertThat(summary.files().get(0).rejected()).isEqualTo(3);
	}

	@Test
	void dryRunValidatesEverythingAndWritesNothing() {
		ImportSummary summary = this.importer.importFolder(EXAMPLE, new ImportOptions(true, false), ImportListener.NONE);
		assertThat(summary.ok()).isTrue();
		assertThat(summary.written()).isFalse();
		assertThat(summary.rowsRead()).isEqualTo(42);
		assertThat(count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)")).isZero();
	}

	@Test
	void skipInvalidWritesTheValidRowsAndReportsTheRest() {
		ImportSummary summary = this.importer.importFrom(files(BulkFile.ACCOUNTS, """
				id,name,units
				acc-1,一号,5
				acc-2,二号,-1
				""", BulkFile.DEALS, """
				id,name,account,amount
				d-1,Deal,acc-1,100
				d-2,Deal,acc-2,100
				"""), new ImportOptions(false, true));
		assertThat(summary.written()).isTrue();
		assertThat(summary.ok()).isFalse();
		assertThat(summary.errors().stream().map(ImportProblem::toString)).containsExactly(
				"accounts.csv, line 3, column units: must not be negative, got -1.",
				"deals.csv, line 3, column account: no account has the id or name 'acc-2'; add it to its file or fix the "
						+ "spelling.");
		assertThat(count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry) RETURN count(n)")).isEqualTo(2);
		assertThat(count("MATCH (:Deal {id: 'd-1', status: 'OPEN'})-[:FOR]->(:Account {id: 'acc-1'}) RETURN count(*)"))
			.isEqualTo(1);
	}

	@Test
	void notUtf8AndBrokenCsvAreFileErrors() {
		Map<BulkFile, byte[]> bad = new EnumMap<>(BulkFile.class);
		bad.put(BulkFile.ACCOUNTS, "id,name\nacc-1,".concat("\u6052\u901a").getBytes(java.nio.charset.Charset.forName("GBK")));
		bad.put(BulkFile.REPS, "id,name\nrep-1,\"unterminated\n".getBytes(StandardCharsets.UTF_8));
		ImportSummary summary = this.importer.importFrom(CsvSource.bytes(bad), ImportOptions.DEFAULT);
		assertThat(summary.errors().stream().map(ImportProblem::toString)).containsExactly(
				"accounts.csv, line 2, column name: the cell is not UTF-8 text; save the file as 'CSV UTF-8'.",
				"reps.csv, line 2: the file cannot be read as CSV: (startline 2) EOF reached before encapsulated token "
						+ "finished.");
	}

	@Test
	void roundTripExportImportExportGivesIdenticalFiles(@TempDir Path tmp) throws IOException {
		Map<BulkFile, byte[]> book = new BookGenerator(BookOptions.of(60, 11, LocalDate.of(2026, 11, 23))).toBytes();
		ImportSummary generated = this.importer.importFrom(CsvSource.bytes(book), ImportOptions.DEFAULT);
		assertThat(generated.errors()).isEmpty();
		importExample();
		this.exporter.exportFolder(tmp.resolve("one"));
		TestNeo4j.cleanBook();
		TestNeo4j.run("MATCH (e:AuditEntry) DETACH DELETE e");
		ImportSummary reimport = this.importer.importFolder(tmp.resolve("one"), ImportOptions.DEFAULT, ImportListener.NONE);
		assertThat(reimport.errors()).isEmpty();
		assertThat(reimport.created()).isEqualTo(reimport.rowsRead());
		this.exporter.exportFolder(tmp.resolve("two"));
		for (BulkFile file : BulkFile.values()) {
			assertThat(tmp.resolve("two").resolve(file.fileName())).as(file.fileName())
				.hasSameBinaryContentAs(tmp.resolve("one").resolve(file.fileName()));
		}
		assertThat(Files.readAllLines(tmp.resolve("one/accounts.csv"))).hasSize(60 + 3 + 1);
		ImportSummary again = this.importer.importFolder(tmp.resolve("one"), ImportOptions.DEFAULT, ImportListener.NONE);
		assertThat(again.created() + again.updated()).isZero();
	}

	@Test
	void exportedFolderHoldsTheReportsAndImportsBackIgnoringThem(@TempDir Path tmp) throws IOException {
		importExample();
		Map<String, Long> written = this.exporter.exportFolder(tmp.resolve("one"));
		assertThat(written.keySet()).endsWith("deals.csv", "assessments.csv", "relationship_history.csv", "audit_trail.csv",
				"referral_sources.csv", "abc_analysis.csv", "overdue_accounts.csv");
		// all time: the association brought Hengtong (won 360000 on 2024-12-15, 299 days after the referral)
		assertThat(Files.readAllLines(tmp.resolve("one/referral_sources.csv"))).containsExactly(
				"key,sourceType,sourceName,kind,kindLabel,leads,converted,conversionRate,revenue,avgDaysToClose",
				"org-logistics-assoc,Organization,物流协会 Logistics Association,PARTNER_ORGANIZATION,"
						+ "partner organisation 合作机构,1,1,1,360000,299",
				"ch-website,Channel,官网留资 Website form,MEDIA,media 媒体渠道,1,0,0,0,",
				"p-ht-li,Person,李建国,CUSTOMER,customer 老客户,1,0,0,0,");
		assertThat(Files.readAllLines(tmp.resolve("one/abc_analysis.csv"))).containsExactly(
				"accountId,accountName,revenue,share,cumulativeShare,abcClass",
				"acc-hengtong,恒通物流 Hengtong Logistics,360000,1,1,A", "acc-jinqiao,金桥出租汽车 Jinqiao Taxi,0,0,1,C",
				"acc-lvyuan,绿源环卫 Lvyuan Sanitation,0,0,1,C");
		// today is 2026-11-23: Jinqiao and Lvyuan were never visited; Hengtong (A) last on 2026-10-10
		assertThat(Files.readAllLines(tmp.resolve("one/overdue_accounts.csv"))).containsExactly(
				"accountId,accountName,abcClass,lastVisitAt,daysSinceLastVisit,allowedDays,overdueDays",
				"acc-jinqiao,金桥出租汽车 Jinqiao Taxi,C,,,30,", "acc-lvyuan,绿源环卫 Lvyuan Sanitation,C,,,30,",
				"acc-hengtong,恒通物流 Hengtong Logistics,A,2026-10-10T10:00:00+08:00,44,10,34");

		TestNeo4j.cleanBook();
		ImportSummary reimport = this.importer.importFolder(tmp.resolve("one"), ImportOptions.DEFAULT,
				ImportListener.NONE);
		assertThat(reimport.errors()).isEmpty();
		assertThat(reimport.files()).extracting(FileSummary::file).containsExactlyElementsOf(BulkFile.fileNames());
		// the book's 42 rows and the 5 rows of its class history (a backup restores its history)
		assertThat(reimport.created()).isEqualTo(47);
		this.exporter.exportFolder(tmp.resolve("two"));
		for (String file : written.keySet()) {
			assertThat(tmp.resolve("two").resolve(file)).as(file).hasSameBinaryContentAs(tmp.resolve("one").resolve(file));
		}
	}

	@Test
	void aKilledImportLeavesWholeBatchesAndReRunningCompletesIt(@TempDir Path tmp) throws IOException {
		CsvSource book = new BookGenerator(BookOptions.of(25, 3, LocalDate.of(2026, 11, 23))).toSource();
		ImportSummary clean = this.importer.importFrom(book, ImportOptions.DEFAULT, ImportListener.NONE, 40);
		assertThat(clean.errors()).isEmpty();
		this.exporter.exportFolder(tmp.resolve("clean"));
		TestNeo4j.cleanBook();

		int[] batches = { 0 };
		ImportListener killer = (file, phase, rows) -> {
			if (phase.equals("write") && ++batches[0] == 7) {
				throw new IllegalStateException("killed");
			}
		};
		assertThatThrownBy(() -> this.importer.importFrom(book, ImportOptions.DEFAULT, killer, 40))
			.hasMessage("killed");
		// the book's own nodes: not the class changes the import records beside them
		long nodes = count("MATCH (n) WHERE NOT (n:SchemaMigration OR n:User OR n:ApiToken OR n:AuditEntry "
				+ "OR n:RelationshipChange OR n:ImportLock OR n:WriteLock) RETURN count(n)");
		// batches 1-4: accounts, reps, organizations, channels; 5-7: three whole batches of 40 people, and the
		// batches the other writers had under way when the import died: whole batches only
		long people = count("MATCH (p:Person)-[:WORKS_AT]->(:Account) RETURN count(p)");
		assertThat(people % 40).isZero();
		assertThat(people).isBetween(120L, 120L + 40 * (this.properties.writers() + 1));
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(people);
		assertThat(count("MATCH ()-[r:REPORTS_TO]->() RETURN count(r)")).isZero();

		ImportSummary rerun = this.importer.importFrom(book, ImportOptions.DEFAULT, ImportListener.NONE, 40);
		assertThat(rerun.errors()).isEmpty();
		assertThat(rerun.created()).isEqualTo(rerun.rowsRead() - nodes);
		this.exporter.exportFolder(tmp.resolve("rerun"));
		for (BulkFile file : BulkFile.values()) {
			assertThat(tmp.resolve("rerun").resolve(file.fileName())).as(file.fileName())
				.hasSameBinaryContentAs(tmp.resolve("clean").resolve(file.fileName()));
		}
	}

	@Test
	void importRecordsTheClassesItChangesInItsOwnTransactions() {
		importExample();
		// nothing has read a relationship: what is recorded is what the import itself wrote
		Map<String, String> recorded = new java.util.TreeMap<>();
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (p:Person) RETURN p.id AS id, coalesce(p.relationshipClass, 'OUTSIDER') AS class")
				.forEachRemaining(r -> recorded.put(r.get("id").asString(), r.get("class").asString()));
		}
		Map<String, String> current = new java.util.TreeMap<>();
		this.graphQl.documentName("relationshipClasses").variable("first", 100)
			.execute()
			.path("relationships.edges[*].node")
			.entityList(Map.class)
			.get()
			.forEach(n -> current.put((String) n.get("id"),
					(String) ((Map<?, ?>) n.get("relationship")).get("classification")));
		assertThat(recorded).isEqualTo(current).containsEntry("p-ht-li", "SUPPLIER");
		assertThat(count("MATCH (:Person {id: 'p-ht-li'})-[:HAD_CLASS]->(c) WHERE c.from = 'OUTSIDER' AND "
				+ "c.to = 'SUPPLIER' AND c.cause = 'import of people.csv: organisation interest now met (signed "
				+ "contract or WON deal closed within 365 days)' RETURN count(c)")).isEqualTo(1);
		long entries = count("MATCH (:Person)-[c:HAD_CLASS]->() RETURN count(c)");
		importExample();
		assertThat(count("MATCH (:Person)-[c:HAD_CLASS]->() RETURN count(c)")).isEqualTo(entries);
	}

	@Test
	void importedReferralsRaiseReferredProspectsToGradeAAsRecordReferralDoes() {
		ImportSummary summary = this.importer.importFrom(files(BulkFile.ACCOUNTS, """
				id,name,lifecycle,intentionGrade
				acc-src,Source Co,RETAINED,
				acc-c,C Co,PROSPECT,C
				acc-h,H Co,PROSPECT,H
				acc-won,Won Co,RETAINED,B
				acc-emp,Employer Co,POTENTIAL,
				""", BulkFile.PEOPLE, """
				id,name,account
				p-emp,Emp Person,acc-emp
				""", BulkFile.REFERRALS, """
				source,source_type,target,target_type
				acc-src,account,acc-c,account
				acc-src,account,acc-h,account
				acc-src,account,acc-won,account
				acc-src,account,p-emp,person
				"""), ImportOptions.DEFAULT);
		assertThat(summary.errors()).isEmpty();
		this.graphQl.documentName("accountsIntentionGrade").variable("first", 10)
			.execute()
			.path("accounts.edges[*].node.intentionGrade")
			.entityList(String.class)
			.containsExactly("A", "A", "H", null, "B");
	}

	@Test
	void importRefusesReportingCyclesAndReferralLoopsWithTheStoredTiesAsGraphQlDoes() {
		TestNeo4j.run("""
				CREATE (one:Account {id: 'acc-1', name: 'One', lifecycle: 'RETAINED', signed: false, vip: false}),
				       (two:Account {id: 'acc-2', name: 'Two', lifecycle: 'RETAINED', signed: false, vip: false}),
				       (one)-[:REFERRED]->(two),
				       (a:Person {id: 'p-a', name: 'A'})-[:WORKS_AT]->(one), (b:Person {id: 'p-b', name: 'B'})-[:WORKS_AT]->(one),
				       (c:Person {id: 'p-c', name: 'C'})-[:WORKS_AT]->(one), (a)-[:REPORTS_TO]->(b)""");
		ImportSummary summary = this.importer.importFrom(files(BulkFile.ACCOUNTS, """
				id,name
				acc-3,Three
				acc-4,Four
				""", BulkFile.REPORTS_TO, """
				person,manager
				p-c,p-b
				p-b,p-a
				""", BulkFile.REFERRALS, """
				source,source_type,target,target_type
				acc-2,account,acc-1,account
				acc-3,account,acc-4,account
				acc-4,account,acc-3,account
				acc-2,account,acc-3,account
				"""), ImportOptions.DEFAULT);
		assertThat(summary.errors()).extracting(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message())
			.containsExactly("reports_to.csv:3:manager: reporting cycle p-b -> p-a -> p-b (with the reporting lines "
					+ "already stored); reporting lines must form a tree.",
					"referrals.csv:2:target: this referral would close a loop: account:acc-2 -> account:acc-1 -> "
							+ "account:acc-2; a referral cannot lead back to its source. Remove the row or the referral "
							+ "that closes it.",
					"referrals.csv:4:target: this referral would close a loop: account:acc-4 -> account:acc-3 -> "
							+ "account:acc-4; a referral cannot lead back to its source. Remove the row or the referral "
							+ "that closes it.");
		assertThat(count("MATCH ()-[r:REPORTS_TO]->() RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH ()-[r:REFERRED]->() RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (a:Account) RETURN count(a)")).isEqualTo(2);
	}

}
