package org.guanxi.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.guanxi.bulk.BookVocabulary.CHANNELS;
import static org.guanxi.bulk.BookVocabulary.CITIES;
import static org.guanxi.bulk.BookVocabulary.COMPETITORS;
import static org.guanxi.bulk.BookVocabulary.FOODS;
import static org.guanxi.bulk.BookVocabulary.GIVEN;
import static org.guanxi.bulk.BookVocabulary.HOBBIES;
import static org.guanxi.bulk.BookVocabulary.INDUSTRIES;
import static org.guanxi.bulk.BookVocabulary.KINDS;
import static org.guanxi.bulk.BookVocabulary.KIND_SHARE;
import static org.guanxi.bulk.BookVocabulary.ORGANIZATIONS;
import static org.guanxi.bulk.BookVocabulary.POSITIONS;
import static org.guanxi.bulk.BookVocabulary.PREFIXES;
import static org.guanxi.bulk.BookVocabulary.ROLES;
import static org.guanxi.bulk.BookVocabulary.ROLE_WEIGHT;
import static org.guanxi.bulk.BookVocabulary.SPORTS;
import static org.guanxi.bulk.BookVocabulary.SUFFIXES;
import static org.guanxi.bulk.BookVocabulary.SURNAMES;
import static org.guanxi.bulk.BookVocabulary.TEAMS;

/**
 * Generates a realistic synthetic key-account book as the rows of the CSV files of {@link BulkFile}: decision
 * chains of 3 to 40 people per account holding all six buying roles across the book, reporting trees, influence
 * and social ties (some across accounts, reps knowing their contacts), referral forests with a heavy-tailed
 * number of referrals per source and chains up to 8 deep, deals (won, lost, open) and a year of interactions
 * before {@link BookOptions#asOf()}. The same options always give the same rows. Needs no database.
 *
 * <pre>
 * new BookGenerator(BookOptions.of(20_000, 42, LocalDate.of(2026, 11, 23))).writeTo(Path.of("book"));
 * CsvSource inMemory = new BookGenerator(options).toSource();
 * </pre>
 */
public final class BookGenerator {

	/** The longest referral chain the generator makes (REFERRED edges from the root to an account). */
	public static final int MAX_REFERRAL_DEPTH = 8;

	private final BookOptions options;

	private final Map<BulkFile, Map<String, Integer>> columnIndex = new EnumMap<>(BulkFile.class);

	private Random random;

	private BookSink sink;

	private int repCount;

	private int[] peopleCount;

	private int[] referralDepth;

	private int[] owner;

	private long interactionCounter;

	private final List<Integer> accountTickets = new ArrayList<>();

	private final List<String> sourceTickets = new ArrayList<>();

	public BookGenerator(BookOptions options) {
		this.options = options;
		for (BulkFile file : BulkFile.values()) {
			Map<String, Integer> index = new LinkedHashMap<>();
			for (int i = 0; i < file.columns().size(); i++) {
				index.put(file.columns().get(i), i);
			}
			this.columnIndex.put(file, index);
		}
	}

	/** Generates the book into the sink, file by file interleaved, entities before the ties that name them. */
	public synchronized void generate(BookSink sink) {
		this.sink = sink;
		this.random = new Random(this.options.seed());
		int n = this.options.accounts();
		this.repCount = Math.max(3, n / 25);
		this.peopleCount = new int[n];
		this.referralDepth = new int[n];
		this.owner = new int[n];
		this.interactionCounter = 0;
		this.accountTickets.clear();
		this.sourceTickets.clear();
		reps();
		sources();
		for (int a = 0; a < n; a++) {
			account(a);
		}
	}

	/** Writes the book as CSV files into a folder; returns the data rows per file name. */
	public Map<String, Long> writeTo(Path dir) throws IOException {
		Files.createDirectories(dir);
		try (CsvBookSink csv = new CsvBookSink()) {
			for (BulkFile file : BulkFile.values()) {
				csv.add(file, Files.newBufferedWriter(dir.resolve(file.fileName()), StandardCharsets.UTF_8));
			}
			generate(csv);
			return csv.rows();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** The book as CSV bytes per file, in memory. */
	public Map<BulkFile, byte[]> toBytes() {
		Map<BulkFile, ByteArrayOutputStream> buffers = new EnumMap<>(BulkFile.class);
		try (CsvBookSink csv = new CsvBookSink()) {
			for (BulkFile file : BulkFile.values()) {
				buffers.put(file, new ByteArrayOutputStream());
				csv.add(file, new OutputStreamWriter(buffers.get(file), StandardCharsets.UTF_8));
			}
			generate(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<BulkFile, byte[]> bytes = new EnumMap<>(BulkFile.class);
		buffers.forEach((file, buffer) -> bytes.put(file, buffer.toByteArray()));
		return bytes;
	}

	/** The book in memory, ready for {@link BulkImporter#importFrom(CsvSource, ImportOptions)}. */
	public CsvSource toSource() {
		return CsvSource.bytes(toBytes());
	}

	// ---------------------------------------------------------------------------------------------------------

	private void reps() {
		for (int r = 0; r < this.repCount; r++) {
			String name = personName();
			emit(BulkFile.REPS, "id", repId(r), "name", name, "team", TEAMS[r % TEAMS.length], "email",
					"rep" + (r + 1) + "@guanxi.example.com", "createdAt", dateTime(1800 - r % 300, 9));
		}
	}

	private void sources() {
		int organizations = Math.max(ORGANIZATIONS.length, this.options.accounts() / 100);
		for (int o = 0; o < organizations; o++) {
			String[] kind = ORGANIZATIONS[o % ORGANIZATIONS.length];
			String city = o < ORGANIZATIONS.length ? "" : CITIES[3 + o % (CITIES.length - 3)];
			String id = "org-" + pad(o + 1, 4);
			emit(BulkFile.ORGANIZATIONS, "id", id, "name", city + kind[1] + (o < ORGANIZATIONS.length * 2 ? "" : " " + (o + 1)),
					"kind", kind[0], "createdAt", dateTime(1800, 9));
			this.sourceTickets.add("organization:" + id);
		}
		for (int c = 0; c < CHANNELS.length; c++) {
			String id = "ch-" + pad(c + 1, 2);
			emit(BulkFile.CHANNELS, "id", id, "name", CHANNELS[c][1], "kind", CHANNELS[c][0], "createdAt",
					dateTime(1800, 9));
			this.sourceTickets.add("channel:" + id);
		}
	}

	private void account(int a) {
		String id = accountId(a);
		String[] industry = INDUSTRIES[this.random.nextInt(INDUSTRIES.length)];
		String name = CITIES[this.random.nextInt(CITIES.length)] + PREFIXES[this.random.nextInt(PREFIXES.length)]
				+ industry[1] + SUFFIXES[this.random.nextInt(SUFFIXES.length)];
		int people = 3 + (int) Math.min(37, Math.floor(Math.exp(1.55 + 0.75 * this.random.nextGaussian())));
		this.peopleCount[a] = people;
		double u = this.random.nextDouble();
		String lifecycle = u < 0.12 ? "POTENTIAL" : u < 0.45 ? "PROSPECT" : u < 0.85 ? "RETAINED" : "LOST";
		boolean retained = lifecycle.equals("RETAINED");
		int age = ageDays(a);
		String ownership = switch (industry[0]) {
			case "government", "hospital", "school" -> pick("GOVERNMENT", "STATE_OWNED");
			case "bus", "utilities", "sanitation" -> pick("STATE_OWNED", "STATE_OWNED", "PRIVATE");
			default -> pick("PRIVATE", "PRIVATE", "PRIVATE", "STATE_OWNED", "FOREIGN", "OTHER");
		};
		emit(BulkFile.ACCOUNTS, "id", id, "name", name, "industry", industry[0], "ownership", ownership, "size",
				people >= 20 ? "LARGE" : people >= 8 ? "MEDIUM" : "SMALL", "units",
				String.valueOf(3 + (int) Math.floor(Math.exp(2.5 + this.random.nextGaussian()))), "difficulty",
				pick("HIGH", "MEDIUM", "MEDIUM", "LOW"), "signed",
				String.valueOf(retained && this.random.nextDouble() < 0.8), "lifecycle", lifecycle, "intentionGrade",
				lifecycle.equals("PROSPECT") ? pick("H", "A", "A", "B", "B", "C") : null, "opportunityTier",
				pick("A", "B", "B", "C", "C", "D"), "relationshipLevel",
				retained ? pick("PRIORITY", "PARTNER", "STRATEGIC", "ORDINARY") : "ORDINARY", "vip",
				String.valueOf(retained && this.random.nextDouble() < 0.15), "prospectSince",
				lifecycle.equals("PROSPECT") ? dateTime(Math.min(age, 1 + this.random.nextInt(400)), 10) : null,
				"createdAt", dateTime(age, 9));
		this.owner[a] = this.random.nextInt(this.repCount);
		emit(BulkFile.OWNS, "rep", repId(this.owner[a]), "account", id);
		if (this.random.nextDouble() < 0.1 && this.repCount > 1) {
			int second = (this.owner[a] + 1 + this.random.nextInt(this.repCount - 1)) % this.repCount;
			emit(BulkFile.OWNS, "rep", repId(second), "account", id);
		}
		double[] weights = decisionChain(a, people);
		socialTies(a, people);
		referral(a, age);
		deals(a, lifecycle);
		interactions(a, lifecycle, weights);
	}

	private double[] decisionChain(int a, int people) {
		String account = accountId(a);
		int[] level = new int[people];
		int[] manager = new int[people];
		List<List<String>> roles = new ArrayList<>();
		double[] raw = new double[people];
		double total = 0;
		for (int p = 0; p < people; p++) {
			List<String> own = new ArrayList<>();
			if (p < ROLES.length) {
				own.add(ROLES[p]);
			}
			else {
				own.add(extraRole());
			}
			if (p > 0 && this.random.nextDouble() < 0.2) {
				String second = extraRole();
				if (!own.contains(second) && !second.equals("DECIDER")) {
					own.add(second);
				}
			}
			roles.add(own);
			if (p == 0) {
				level[p] = 1;
				manager[p] = -1;
			}
			else {
				manager[p] = chooseManager(p, level, own.get(0));
				level[p] = level[manager[p]] + 1;
			}
			double w = 0;
			for (String role : own) {
				w = Math.max(w, ROLE_WEIGHT.get(role));
			}
			raw[p] = w * (0.5 + this.random.nextDouble());
			total += raw[p];
		}
		double[] weights = new double[people];
		for (int p = 0; p < people; p++) {
			weights[p] = Math.round(raw[p] / total * 100) / 100.0;
			String role = roles.get(p).get(0);
			String[] position = POSITIONS.get(role)[this.random.nextInt(POSITIONS.get(role).length)];
			boolean insider = level[p] >= 3 && this.random.nextDouble() < 0.12;
			emit(BulkFile.PEOPLE, "id", personId(a, p), "name", personName(), "account", account, "title", position[0],
					"department", position[1], "level", String.valueOf(level[p]), "buyingRoles",
					String.join(";", roles.get(p)), "decisionWeight", decimal(weights[p]), "insider",
					String.valueOf(insider), "age", String.valueOf(24 + this.random.nextInt(36)), "family",
					this.random.nextDouble() < 0.5 ? pick("已婚 married", "已婚，一子 married, one son",
							"已婚，一女 married, one daughter", "单身 single") : null,
					"hobbies", this.random.nextDouble() < 0.6 ? HOBBIES[this.random.nextInt(HOBBIES.length)] : null,
					"sports", this.random.nextDouble() < 0.4 ? SPORTS[this.random.nextInt(SPORTS.length)] : null, "food",
					this.random.nextDouble() < 0.4 ? FOODS[this.random.nextInt(FOODS.length)] : null, "schedule", null,
					"attitude", null, "preference", null, "phone",
					"13" + pad(this.random.nextInt(1_000_000_000), 9), "email", null, "createdAt",
					dateTime(ageDays(a), 10));
			if (manager[p] >= 0) {
				emit(BulkFile.REPORTS_TO, "person", personId(a, p), "manager", personId(a, manager[p]));
			}
		}
		influences(a, people);
		return weights;
	}

	private String extraRole() {
		double u = this.random.nextDouble();
		return u < 0.45 ? "USER" : u < 0.6 ? "INFLUENCER" : u < 0.75 ? "EVALUATOR" : u < 0.88 ? "BUYER" : "GATEKEEPER";
	}

	private int chooseManager(int p, int[] level, String role) {
		if (role.equals("INFLUENCER") || role.equals("GATEKEEPER") && p < 8) {
			return 0;
		}
		for (int attempt = 0; attempt < 4; attempt++) {
			int candidate = this.random.nextInt(p);
			if (level[candidate] < 6) {
				return candidate;
			}
		}
		return 0;
	}

	private void influences(int a, int people) {
		Set<Long> pairs = new HashSet<>();
		int count = (int) Math.round(people * 0.7);
		for (int i = 0; i < count; i++) {
			int from = this.random.nextInt(people);
			int to = this.random.nextDouble() < 0.5 ? 0 : this.random.nextInt(people);
			if (from == to || !pairs.add((long) from * 100 + to)) {
				continue;
			}
			emit(BulkFile.INFLUENCES, "from", personId(a, from), "to", personId(a, to), "weight",
					decimal(0.1 + Math.round(this.random.nextDouble() * 80) / 100.0));
		}
	}

	private void socialTies(int a, int people) {
		Set<Long> pairs = new HashSet<>();
		int inside = people / 2;
		for (int i = 0; i < inside; i++) {
			int from = this.random.nextInt(people);
			int to = this.random.nextInt(people);
			if (from != to && pairs.add((long) from * 100 + to)) {
				knows(personId(a, from), "person", personId(a, to));
			}
		}
		for (int p = 0; p < people && a > 0; p++) {
			if (this.random.nextDouble() < 0.04) {
				int other = this.random.nextInt(a);
				knows(personId(a, p), "person", personId(other, this.random.nextInt(this.peopleCount[other])));
			}
		}
		int known = 1 + this.random.nextInt(Math.min(3, people));
		Set<Integer> contacts = new HashSet<>();
		for (int k = 0; k < known; k++) {
			int p = this.random.nextInt(people);
			if (contacts.add(p)) {
				knows(repId(this.owner[a]), "rep", personId(a, p));
			}
		}
	}

	private void knows(String from, String type, String to) {
		emit(BulkFile.KNOWS, "from", from, "from_type", type, "to", to, "strength",
				decimal(0.1 + Math.round(this.random.nextDouble() * 90) / 100.0), "since",
				date(30 + this.random.nextInt(1800)));
	}

	private void referral(int a, int age) {
		String target = accountId(a);
		double u = this.random.nextDouble();
		String at = date(age);
		if (u < 0.45 && a > 0) {
			int source = referringAccount(a);
			if (source >= 0) {
				this.referralDepth[a] = this.referralDepth[source] + 1;
				this.accountTickets.add(source);
				boolean byPerson = this.random.nextDouble() < 0.3;
				if (byPerson) {
					emit(BulkFile.REFERRALS, "source", personId(source, this.random.nextInt(this.peopleCount[source])),
							"source_type", "person", "target", target, "target_type", "account", "at", at, "note",
							"老客户员工转介绍 referred by a contact at " + accountId(source));
				}
				else {
					emit(BulkFile.REFERRALS, "source", accountId(source), "source_type", "account", "target", target,
							"target_type", "account", "at", at, "note", "老客户转介绍 referred by a customer");
				}
				this.accountTickets.add(a);
				return;
			}
		}
		this.accountTickets.add(a);
		if (u < 0.8) {
			String ticket = this.random.nextDouble() < 0.7 && !this.sourceTickets.isEmpty()
					? this.sourceTickets.get(this.random.nextInt(this.sourceTickets.size()))
					: this.sourceTickets.get(this.random.nextInt(ORGANIZATIONS.length + CHANNELS.length));
			this.sourceTickets.add(ticket);
			String[] parts = ticket.split(":");
			this.referralDepth[a] = 1;
			emit(BulkFile.REFERRALS, "source", parts[1], "source_type", parts[0], "target", target, "target_type",
					"account", "at", at, "note", parts[0].equals("channel") ? "渠道线索 lead from channel" : "机构推荐 recommended");
		}
		if (a > 0 && this.random.nextDouble() < 0.03) {
			int source = this.random.nextInt(a);
			emit(BulkFile.REFERRALS, "source", personId(source, this.random.nextInt(this.peopleCount[source])),
					"source_type", "person", "target", personId(a, 0), "target_type", "person", "at", at, "note",
					"朋友介绍 introduced by a friend");
		}
	}

	/** Preferential attachment among earlier accounts (chance grows with referrals made), depth-capped. */
	private int referringAccount(int a) {
		for (int attempt = 0; attempt < 6; attempt++) {
			int candidate = this.random.nextDouble() < 0.3
					? Math.max(0, a - 1 - this.random.nextInt(Math.min(a, 50)))
					: this.accountTickets.get(this.random.nextInt(this.accountTickets.size()));
			if (this.referralDepth[candidate] < MAX_REFERRAL_DEPTH) {
				return candidate;
			}
		}
		return -1;
	}

	private void deals(int a, String lifecycle) {
		if (lifecycle.equals("POTENTIAL")) {
			return;
		}
		int count = poisson(this.options.dealsPerAccount() / 0.88);
		for (int d = 0; d < count; d++) {
			int opened = 20 + this.random.nextInt(700);
			String status = switch (lifecycle) {
				case "RETAINED" -> d == 0 || this.random.nextDouble() < 0.6 ? "WON" : pick("OPEN", "LOST");
				case "LOST" -> d == 0 || this.random.nextDouble() < 0.7 ? "LOST" : "OPEN";
				default -> this.random.nextDouble() < 0.75 ? "OPEN" : "LOST";
			};
			int closed = Math.max(0, opened - 10 - this.random.nextInt(110));
			double amount = Math.round(Math.exp(11 + 1.1 * this.random.nextGaussian()) / 100) * 100.0;
			boolean open = status.equals("OPEN");
			emit(BulkFile.DEALS, "id", "deal-" + pad(a + 1, 6) + "-" + (d + 1), "name",
					pick("年度维保合同", "车辆采购", "轮胎集采", "保养套餐", "事故车维修框架协议") + " " + (d + 1), "account", accountId(a),
					"amount", decimal(amount), "status", status, "openedAt", date(opened), "expectedCloseAt",
					open ? this.options.asOf().plusDays(10 + this.random.nextInt(120)).toString() : null, "closedAt",
					open ? null : date(closed), "lostTo",
					status.equals("LOST") ? COMPETITORS[this.random.nextInt(COMPETITORS.length)] : null);
		}
	}

	private void interactions(int a, String lifecycle, double[] weights) {
		double mean = this.options.interactionsPerAccount() * (lifecycle.equals("POTENTIAL") ? 0.3 : 1.1);
		int count = poisson(mean);
		for (int i = 0; i < count; i++) {
			int person = weightedPerson(weights);
			int k = kind();
			String personId = personId(a, person);
			String outcome = pick("POSITIVE", "POSITIVE", "POSITIVE", "NEUTRAL", "NEUTRAL", "NEGATIVE");
			this.interactionCounter++;
			emit(BulkFile.INTERACTIONS, "id", "int-" + pad(this.interactionCounter, 8), "name",
					KINDS[k][1] + " " + personId, "kind", KINDS[k][0], "at",
					dateTime(this.random.nextInt(365), 9 + this.random.nextInt(10)), "outcome", outcome, "note",
					this.random.nextDouble() < 0.3 ? "跟进 follow-up" : null, "rep", repId(this.owner[a]), "person",
					personId);
		}
	}

	private int weightedPerson(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w + 0.05;
		}
		double u = this.random.nextDouble() * total;
		for (int p = 0; p < weights.length; p++) {
			u -= weights[p] + 0.05;
			if (u <= 0) {
				return p;
			}
		}
		return weights.length - 1;
	}

	private int kind() {
		double u = this.random.nextDouble();
		for (int k = 0; k < KIND_SHARE.length; k++) {
			u -= KIND_SHARE[k];
			if (u <= 0) {
				return k;
			}
		}
		return 0;
	}

	private int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= this.random.nextDouble();
		}
		return count;
	}

	// ---------------------------------------------------------------------------------------------------------

	private int ageDays(int a) {
		int n = this.options.accounts();
		return 40 + (int) ((long) (n - 1 - a) * 1400 / Math.max(1, n));
	}

	private String personName() {
		String given = String.valueOf(GIVEN.charAt(this.random.nextInt(GIVEN.length())));
		if (this.random.nextDouble() < 0.7) {
			given += GIVEN.charAt(this.random.nextInt(GIVEN.length()));
		}
		return SURNAMES[this.random.nextInt(SURNAMES.length)] + given;
	}

	private String pick(String... values) {
		return values[this.random.nextInt(values.length)];
	}

	private String accountId(int a) {
		return "acc-" + pad(a + 1, 6);
	}

	private String personId(int a, int p) {
		return "p-" + pad(a + 1, 6) + "-" + pad(p + 1, 2);
	}

	private String repId(int r) {
		return "rep-" + pad(r + 1, 3);
	}

	private static String pad(long value, int width) {
		String s = Long.toString(value);
		return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
	}

	private String date(int daysAgo) {
		return this.options.asOf().minusDays(daysAgo).toString();
	}

	private String dateTime(int daysAgo, int hour) {
		LocalDate day = this.options.asOf().minusDays(daysAgo);
		ZoneOffset offset = this.options.zone().getRules().getOffset(day.atTime(hour, 0));
		return OffsetDateTime.of(day.atTime(hour, 0), offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static String decimal(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private void emit(BulkFile file, String... pairs) {
		Map<String, Integer> index = this.columnIndex.get(file);
		String[] cells = new String[index.size()];
		Arrays.fill(cells, "");
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				cells[index.get(pairs[i])] = pairs[i + 1];
			}
		}
		this.sink.row(file, Arrays.asList(cells));
	}

}
