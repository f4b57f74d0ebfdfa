package org.guanxi.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

import org.apache.commons.csv.CSVPrinter;
import org.guanxi.bulk.internal.ImportRun;

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

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
			"袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈" };

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅波斌宇浩凯健俊帆帅旭宁琳晨欣雪婷倩颖东海峰亮成志文";

	private static final String[] PREFIXES = { "顺达", "华建", "金盛", "恒通", "宏远", "东方", "新星", "安达", "鑫源", "天成", "永安", "锦程",
			"中联", "嘉禾", "瑞丰", "广信", "长城", "盛世", "海川", "凯源", "富达", "利民", "百盛", "众诚", "远航", "捷运", "通达", "国泰",
			"兴业", "华泰", "佳美", "祥和", "腾飞", "远大", "宝丰", "金桥", "德信", "万通", "汇丰", "正大" };

	private static final String[] CITIES = { "", "", "", "北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "苏州",
			"天津", "重庆", "青岛", "长沙", "郑州", "宁波", "合肥" };

	private static final String[][] INDUSTRIES = { { "logistics", "物流" }, { "taxi", "出租汽车" }, { "bus", "公交" },
			{ "construction", "建工" }, { "sanitation", "环卫" }, { "hospital", "医院" }, { "rental", "汽车租赁" },
			{ "school", "学校" }, { "utilities", "燃气" }, { "government", "机关事务管理局" }, { "manufacturing", "机械制造" },
			{ "courier", "快递" } };

	private static final String[] SUFFIXES = { "有限公司", "集团", "股份有限公司", "", "有限责任公司" };

	private static final String[] TEAMS = { "华东大客户部", "华南大客户部", "华北大客户部", "政企事业部", "车队服务部" };

	private static final String[][] ORGANIZATIONS = { { "INSURER", "人保财险" }, { "INSURER", "平安产险" },
			{ "INSURER", "太平洋保险" }, { "GOVERNMENT_OFFICE", "车管所" }, { "GOVERNMENT_OFFICE", "交通运输局" },
			{ "GOVERNMENT_OFFICE", "税务局" }, { "ASSOCIATION", "物流协会" }, { "ASSOCIATION", "汽车维修行业协会" },
			{ "ASSOCIATION", "商会" }, { "PARTNER_COMPANY", "轮胎经销商" }, { "PARTNER_COMPANY", "配件供应商" },
			{ "OTHER", "车友会" } };

	private static final String[][] CHANNELS = { { "MEDIA", "交通广播" }, { "MEDIA", "晚报广告" }, { "EVENT", "年度客户答谢会" },
			{ "EVENT", "车展" }, { "WALK_IN", "展厅来访" }, { "WEBSITE", "官网留资" }, { "WEBSITE", "微信公众号" },
			{ "DIRECT_MAIL", "直邮" }, { "OTHER", "黄页" } };

	private static final String[] ROLES = { "DECIDER", "BUYER", "USER", "INFLUENCER", "EVALUATOR", "GATEKEEPER" };

	private static final Map<String, String[][]> POSITIONS = Map.of("DECIDER",
			new String[][] { { "总经理 General Manager", "总经办" }, { "董事长 Chairman", "总经办" } }, "BUYER",
			new String[][] { { "采购经理 Purchasing Manager", "采购部" }, { "采购专员 Buyer", "采购部" } }, "USER",
			new String[][] { { "车队队长 Fleet Lead", "车队" }, { "司机 Driver", "车队" }, { "调度员 Dispatcher", "车队" } },
			"INFLUENCER",
			new String[][] { { "副总经理 Deputy GM", "总经办" }, { "财务总监 CFO", "财务部" }, { "车队经理 Fleet Manager", "车队" } },
			"EVALUATOR", new String[][] { { "技术主管 Technical Lead", "技术部" }, { "设备工程师 Engineer", "设备部" } },
			"GATEKEEPER", new String[][] { { "总经理助理 Assistant to the GM", "总经办" }, { "行政文员 Admin Clerk", "行政部" } });

	private static final Map<String, Double> ROLE_WEIGHT = Map.of("DECIDER", 5.0, "INFLUENCER", 2.0, "EVALUATOR", 1.5,
			"BUYER", 1.5, "USER", 0.5, "GATEKEEPER", 0.2);

	private static final String[] HOBBIES = { "钓鱼 fishing", "品茶 tea", "书法 calligraphy", "摄影 photography", "旅游 travel",
			"象棋 chess", "唱歌 karaoke", "读书 reading" };

	private static final String[] SPORTS = { "高尔夫 golf", "羽毛球 badminton", "乒乓球 table tennis", "篮球 basketball",
			"游泳 swimming", "跑步 running" };

	private static final String[] FOODS = { "粤菜 Cantonese", "川菜 Sichuan", "火锅 hotpot", "湘菜 Hunan", "面食 noodles",
			"海鲜 seafood" };

	private static final String[] COMPETITORS = { "安驰汽修", "路通养护", "快修连锁", "原厂4S店" };

	private static final String[][] KINDS = { { "VISIT", "拜访" }, { "CALL", "电话" }, { "MEAL", "宴请" }, { "GIFT", "送礼" },
			{ "FAVOR", "帮忙" }, { "SOCIAL_EVENT", "活动" }, { "EMAIL", "邮件" }, { "DEMO", "演示" } };

	private static final double[] KIND_SHARE = { 0.30, 0.28, 0.09, 0.05, 0.05, 0.05, 0.12, 0.06 };

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
		Map<BulkFile, CSVPrinter> printers = new EnumMap<>(BulkFile.class);
		Map<String, Long> rows = new LinkedHashMap<>();
		try {
			for (BulkFile file : BulkFile.values()) {
				Writer out = Files.newBufferedWriter(dir.resolve(file.fileName()), StandardCharsets.UTF_8);
				printers.put(file, new CSVPrinter(out, ImportRun.FORMAT));
				printers.get(file).printRecord(file.columns());
				rows.put(file.fileName(), 0L);
			}
			generate((file, cells) -> {
				try {
					printers.get(file).printRecord(cells);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows.merge(file.fileName(), 1L, Long::sum);
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			for (CSVPrinter printer : printers.values()) {
				printer.close();
			}
		}
		return rows;
	}

	/** The book as CSV bytes per file, in memory. */
	public Map<BulkFile, byte[]> toBytes() {
		Map<BulkFile, ByteArrayOutputStream> buffers = new EnumMap<>(BulkFile.class);
		Map<BulkFile, CSVPrinter> printers = new EnumMap<>(BulkFile.class);
		try {
			for (BulkFile file : BulkFile.values()) {
				buffers.put(file, new ByteArrayOutputStream());
				printers.put(file, new CSVPrinter(new OutputStreamWriter(buffers.get(file), StandardCharsets.UTF_8),
						ImportRun.FORMAT));
				printers.get(file).printRecord(file.columns());
			}
			generate((file, cells) -> {
				try {
					printers.get(file).printRecord(cells);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			for (CSVPrinter printer : printers.values()) {
				printer.close();
			}
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
