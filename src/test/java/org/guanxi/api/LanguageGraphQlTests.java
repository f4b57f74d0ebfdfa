package org.guanxi.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.guanxi.support.GraphQlTestBase;
import org.guanxi.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples on the demo book, read in Chinese and in English: every text Guanxi composes (next
 * steps, gaps, reasons, evidence, causes, errors) is in the language asked for, and both languages say the same
 * thing: the same sentences of the bundles, with the same names and numbers in them.
 */
class LanguageGraphQlTests extends GraphQlTestBase {

	/** The fields that hold composed texts. */
	private static final Set<String> TEXT_FIELDS = Set.of("nextStep", "evidence", "reason", "reasons",
			"gaps", "message", "removed", "cause");

	/** The sentence-level message families. */
	private static final List<String> SENTENCES = List.of("error.", "next.", "gap.", "insider.", "evidence.",
			"cause.", "level.", "ask.", "count.", "removed.");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

	private static final List<String> README_QUERIES = List.of("""
			{
			  person(id: "p-wang-qiang") { name relationship {
			    classification evidence since road nextStep } }
			  account(id: "acc-shunda") { suggestedRelationshipLevel { level reason } }
			  accounts(first: 100) { edges { node { id suggestedRelationshipLevel { reason } } } }
			  referralAskList(repId: "rep-li-na") { person { name } account { name } relationship reach reasons }
			  all: referralAskList(first: 100) { reasons }
			  decisionChain(accountId: "acc-shunda") {
			    insiderCandidates { person { name } score reasons }
			    coverage { wide high deep gaps }
			  }
			  relationships(first: 100) { edges { node { id relationship { nextStep evidence } } } }
			}
			""", """
			{
			  c0: decisionChain(accountId: "acc-central-hospital") { insiderCandidates { reasons } coverage { gaps } }
			  c1: decisionChain(accountId: "acc-city-bus") { insiderCandidates { reasons } coverage { gaps } }
			  c2: decisionChain(accountId: "acc-city-gov") { insiderCandidates { reasons } coverage { gaps } }
			  c3: decisionChain(accountId: "acc-defike") { insiderCandidates { reasons } coverage { gaps } }
			  c4: decisionChain(accountId: "acc-hengtong") { insiderCandidates { reasons } coverage { gaps } }
			  c5: decisionChain(accountId: "acc-huajian") { insiderCandidates { reasons } coverage { gaps } }
			  c6: decisionChain(accountId: "acc-huamei") { insiderCandidates { reasons } coverage { gaps } }
			  c7: decisionChain(accountId: "acc-jiaotou") { insiderCandidates { reasons } coverage { gaps } }
			  c8: decisionChain(accountId: "acc-jinlong-taxi") { insiderCandidates { reasons } coverage { gaps } }
			  c9: decisionChain(accountId: "acc-kaiyuan") { insiderCandidates { reasons } coverage { gaps } }
			  c10: decisionChain(accountId: "acc-sakura") { insiderCandidates { reasons } coverage { gaps } }
			  c11: decisionChain(accountId: "acc-sanitation") { insiderCandidates { reasons } coverage { gaps } }
			  c12: decisionChain(accountId: "acc-shunda") { insiderCandidates { reasons } coverage { gaps } }
			  c13: decisionChain(accountId: "acc-xinyuan-school") { insiderCandidates { reasons } coverage { gaps } }
			  c14: decisionChain(accountId: "acc-yucai-school") { insiderCandidates { reasons } coverage { gaps } }
			  c15: decisionChain(accountId: "acc-yuntong") { insiderCandidates { reasons } coverage { gaps } }
			}
			""");

	@LocalServerPort
	private int port;

	private final Properties english = bundle("/messages.properties");

	private final Properties chinese = bundle("/messages_zh_CN.properties");

	private List<String> userTexts;

	/** The demo book and the texts users entered in it (names, notes...; not the enum values). */
	@BeforeEach
	void demoBook() {
		TestNeo4j.load("cypher/demo/demo-data.cypher");
		readUserTexts();
	}

	/** What users entered, not what Guanxi wrote itself (the causes of class changes, the audit trail). */
	private void readUserTexts() {
		try (Session session = TestNeo4j.driver().session()) {
			this.userTexts = session
				.run("MATCH (n) WHERE NOT (n:RelationshipChange OR n:AuditEntry) "
						+ "UNWIND keys(n) AS key WITH n[key] AS value WHERE value IS :: STRING "
						+ "RETURN collect(DISTINCT value) AS texts")
				.single()
				.get("texts")
				.asList(Value::asString)
				.stream()
				.filter(text -> !text.matches("[A-Z_]+"))
				.sorted(Comparator.comparing(String::length).reversed())
				.toList();
		}
	}

	@Test
	void theReadmeExamplesInChineseAndInEnglish() {
		Map<String, String> zh = new LinkedHashMap<>();
		Map<String, String> en = new LinkedHashMap<>();
		for (String document : README_QUERIES) {
			zh.putAll(texts(post(document, "zh-CN", null)));
			en.putAll(texts(post(document, "en", null)));
		}
		assertThat(zh.keySet()).noneMatch(path -> path.startsWith(".errors"));
		assertThat(zh.keySet()).isEqualTo(en.keySet());
		assertThat(zh.keySet()).anyMatch(path -> path.contains("nextStep"))
			.anyMatch(path -> path.contains("gaps"))
			.anyMatch(path -> path.contains("reasons"))
			.anyMatch(path -> path.contains("evidence"))
			.anyMatch(path -> path.contains("reason"))
			.anyMatch(path -> path.contains("referralAskList"));
		assertSameMeaning(zh, en);
	}

	@Test
	void causesOfClassChangesInTheLanguageOfTheRequest() {
		assertThat(post("mutation { upsertAccount(input: {id: \"acc-kaiyuan\", signed: true}) { signed } }", "en",
				null)).doesNotContainKey("errors");
		this.clock.advance(Duration.ofHours(1));
		assertThat(post("""
				mutation { a: recordInteraction(input: {repId: "rep-zhao-lei", personId: "p-kong-wei", kind: MEAL,
				  at: "2026-11-20T19:00:00+08:00", outcome: POSITIVE}) { id }
				b: recordInteraction(input: {repId: "rep-zhao-lei", personId: "p-kong-wei", kind: GIFT,
				  at: "2026-11-21T10:00:00+08:00", outcome: POSITIVE}) { id } }""", "zh-CN", null)).doesNotContainKey("errors");
		this.clock.advance(Duration.ofHours(1));
		assertThat(post("""
				mutation { assessRelationship(input: {personId: "p-duan-qiang", organisationInterestMet: false,
				  note: "on hold"}) { id } }""", "en", null)).doesNotContainKey("errors");
		readUserTexts();
		String document = """
				{ relationshipChanges(from: "2026-11-23", to: "2026-11-23") { personId from to cause }
				  person(id: "p-kong-wei") { relationship { history { cause } } } }""";
		Map<String, String> zh = texts(post(document, "zh-CN", null));
		Map<String, String> en = texts(post(document, "en", null));
		// signing: the four people of the account; the gift: Kong Wei; the assessment: Duan Qiang
		assertThat(zh.keySet()).filteredOn(path -> path.startsWith(".data.relationshipChanges")).hasSize(6);
		assertSameMeaning(zh, en);
		assertThat(en).containsEntry(".data.person.relationship.history[0].cause",
				"account '开元建材 Kaiyuan Building Materials' signed: organisation interest now met "
						+ "(signed contract or WON deal closed within 365 days)")
			.containsEntry(".data.person.relationship.history[1].cause",
					"GIFT on 2026-11-21 logged (POSITIVE): personal interest now met "
							+ "(2 positive MEAL/GIFT/FAVOR/SOCIAL_EVENT within 180 days)")
			.containsEntry(".data.relationshipChanges[5].cause",
					"assessment 'on hold': organisation interest no longer met (assessed)");
		assertThat(zh).containsEntry(".data.person.relationship.history[0].cause",
				"客户“开元建材 Kaiyuan Building Materials”已签约：机构利益现已满足（已签约，或 365 天内有赢单交易成交）")
			.containsEntry(".data.person.relationship.history[1].cause",
					"登记了 2026-11-21 的送礼（积极）：个人利益现已满足（180 天内有 2 次积极的宴请/送礼/帮忙/社交活动）")
			.containsEntry(".data.relationshipChanges[5].cause", "人工评估“on hold”：机构利益不再满足（依据人工评估）");
	}

	@Test
	void errorsInTheLanguageOfTheRequestWithTheSameClassification() {
		String mutation = """
				mutation { recordReferral(input: {sourceId: "acc-shunda", targetId: "acc-shunda"}) { at } }
				""";
		String query = "{ account(id: \"acc-nope\") { name } }";
		for (String document : List.of(mutation, query)) {
			Map<String, Object> zh = post(document, "zh-CN", null);
			Map<String, Object> en = post(document, "en", null);
			assertThat(classification(zh)).isEqualTo(classification(en)).isIn("BAD_REQUEST", "NOT_FOUND");
			assertSameMeaning(texts(zh), texts(en));
		}
		assertThat(texts(post(query, "zh-CN", null)).values()).containsExactly("客户“acc-nope”不存在；请检查 id（区分大小写）。");
		assertThat(texts(post(query, "en", null)).values())
			.containsExactly("Account 'acc-nope' does not exist; check the id (ids are case-sensitive).");
	}

	@Test
	void requestsOverALimitAreRefusedInTheLanguageOfTheRequestWithTheSameAdvice() {
		String tooDeep = "{ account(id: \"acc-1\") { people { reportsTo { reportsTo { reportsTo { reportsTo { reportsTo {"
				+ " reportsTo { reportsTo { reportsTo { reportsTo { reportsTo { reportsTo { name } } } } } } } } } } } } } }";
		Map<String, Object> zh = post(tooDeep, "zh-CN", null);
		Map<String, Object> en = post(tooDeep, "en", null);
		assertThat(classification(zh)).isEqualTo(classification(en)).isEqualTo("BAD_REQUEST");
		assertThat(texts(zh).values()).containsExactly(
				"查询的字段嵌套了 14 层；最多允许 12 层。请在一个请求中少查一些，或调高 guanxi.graphql.max-depth。");
		assertThat(texts(en).values()).containsExactly("The query nests fields 14 levels deep; at most 12 are allowed."
				+ " Ask for less in one request, or raise guanxi.graphql.max-depth.");
		String badDate = "{ abcAnalysis(from: \"2026-13-45\") { totalRevenue } }";
		assertThat(texts(post(badDate, "zh-CN", null)).values()).singleElement().asString()
			.contains("“2026-13-45”不是日期；请使用 YYYY-MM-DD，例如 2026-11-23");
		assertThat(texts(post(badDate, "en", null)).values()).singleElement().asString()
			.contains("'2026-13-45' is not a date; use YYYY-MM-DD, e.g. 2026-11-23");
		String hugePage = "{ accounts(first: 5000) { totalCount } }";
		assertThat(texts(post(hugePage, "zh-CN", null)).values())
			.containsExactly("Query.accounts(first: 5000)：first 必须在 1 到 100 之间；更长的列表请用 after 翻页。");
		assertThat(texts(post(hugePage, "en", null)).values())
			.containsExactly("Query.accounts(first: 5000): first must be between 1 and 100; page through longer lists with after.");
	}

	@Test
	void theLangParameterChoosesOverAcceptLanguageAndChineseIsTheDefault() {
		String query = "{ account(id: \"acc-nope\") { name } }";
		assertThat(texts(post(query, "zh-CN", "en")).values()).singleElement().asString().startsWith("Account");
		assertThat(texts(post(query, "en", "zh-CN")).values()).singleElement().asString().startsWith("客户");
		assertThat(texts(post(query, null, null)).values()).singleElement().asString().startsWith("客户");
		// the first language of Accept-Language Guanxi speaks
		assertThat(texts(post(query, "fr-FR, en;q=0.8, zh;q=0.5", null)).values()).singleElement()
			.asString()
			.startsWith("Account");
	}

	@Test
	void labelsOfEnumValues() {
		String query = "{ labels(type: \"BuyingRole\") { type value label } }";
		assertThat(labels(post(query, "zh-CN", null))).containsExactly(Map.entry("GATEKEEPER", "看门人"),
				Map.entry("USER", "使用者"), Map.entry("BUYER", "采购者"), Map.entry("DECIDER", "决策人"),
				Map.entry("INFLUENCER", "影响者"), Map.entry("EVALUATOR", "资格审查人"));
		assertThat(labels(post(query, "en", null))).containsEntry("DECIDER", "Decider").hasSize(6);
		Map<String, Object> all = post("{ labels { type value label } }", "zh-CN", null);
		assertThat(labels(all)).containsEntry("PROSPECT", "有望/意向").containsEntry("DEEP", "关系深：关系牢固");
		assertThat(labels(post("{ labels(type: \"Coverage\") { type value label } }", "zh-CN", null)))
			.containsExactly(Map.entry("HIGH", "层高：接触到层级高的人"), Map.entry("WIDE", "面广：覆盖各个购买角色"),
					Map.entry("DEEP", "关系深：关系牢固"));
		Map<String, Object> unknown = post("{ labels(type: \"Colour\") { label } }", "en", null);
		assertThat(classification(unknown)).isEqualTo("BAD_REQUEST");
		assertThat(texts(unknown).values()).singleElement().asString().startsWith("There are no labels of type 'Colour'");
	}

	/** zh in Chinese, en in English, both the same sentences with the same names and numbers. */
	private void assertSameMeaning(Map<String, String> zh, Map<String, String> en) {
		assertThat(zh.keySet()).isEqualTo(en.keySet()).isNotEmpty();
		int withSentences = 0;
		for (String path : zh.keySet()) {
			String chineseText = zh.get(path);
			String englishText = en.get(path);
			assertThat(HAN.matcher(chineseText).find()).as("Chinese words in %s: %s", path, chineseText).isTrue();
			assertThat(HAN.matcher(withoutUserTexts(englishText)).find())
				.as("no Chinese but names in %s: %s", path, englishText)
				.isFalse();
			assertThat(userTextsIn(chineseText)).as(path).isEqualTo(userTextsIn(englishText));
			assertThat(numbers(chineseText)).as("numbers in %s: %s / %s", path, chineseText, englishText)
				.isEqualTo(numbers(englishText));
			// the Chinese sentences of the Chinese text are the Chinese words of the English text's sentences
			// (a text made of arguments and short words only, "MEAL on 2026-10-23", has no sentence to tell apart)
			Set<String> englishSentences = sentences(this.english, englishText);
			withSentences += englishSentences.isEmpty() ? 0 : 1;
			assertThat(patterns(this.chinese, sentences(this.chinese, chineseText)))
				.as("sentences of %s: %s / %s", path, chineseText, englishText)
				.isEqualTo(patterns(this.chinese, englishSentences));
		}
		assertThat(withSentences).as("texts with sentences told apart").isGreaterThan(zh.size() / 2);
	}

	private static Set<String> patterns(Properties bundle, Set<String> keys) {
		return keys.stream().map(bundle::getProperty).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The sentence-level keys whose pattern occurs in the text. */
	private Set<String> sentences(Properties bundle, String text) {
		Set<String> keys = new TreeSet<>();
		for (String key : bundle.stringPropertyNames()) {
			String pattern = bundle.getProperty(key);
			if (isSentence(key) && regex(pattern).matcher(text).find()) {
				keys.add(key);
			}
		}
		// a sentence found only because it is part of a longer one ("{0} people" in "tied to {0} people of ...")
		// is not a sentence of its own
		Set<String> parts = new TreeSet<>();
		for (String key : keys) {
			for (String other : keys) {
				String longer = bundle.getProperty(other).replaceAll("\\{\\d+}", "1");
				// keys with the same words in this language (Chinese has no plural forms) stay, as one sentence
				boolean same = bundle.getProperty(other).equals(bundle.getProperty(key));
				if (!same && regex(bundle.getProperty(key)).matcher(longer).find()) {
					parts.add(key);
				}
			}
		}
		keys.removeAll(parts);
		return keys;
	}

	/**
	 * Whether a key is a sentence that can be told apart in a text: its words, without the arguments, are more
	 * than a couple of characters in each language ("{0} on {1}" matches any text with "on" in it).
	 */
	private boolean isSentence(String key) {
		return SENTENCES.stream().anyMatch(key::startsWith) && words(this.chinese.getProperty(key)).length() > 2
				&& words(this.english.getProperty(key)).replaceAll("[^\\p{L}]", "").length() > 2;
	}

	private static String words(String pattern) {
		return pattern == null ? "" : pattern.replaceAll("\\{\\d+}", "").strip();
	}

	private static Pattern regex(String messagePattern) {
		String[] literals = messagePattern.replace("''", "'").split("\\{\\d+}", -1);
		return Pattern.compile(java.util.Arrays.stream(literals).map(Pattern::quote).collect(Collectors.joining("(.*?)")),
				Pattern.DOTALL);
	}

	private List<String> userTextsIn(String text) {
		List<String> found = new ArrayList<>();
		String rest = text;
		for (String user : this.userTexts) {
			if (user.length() > 1 && rest.contains(user)) {
				found.add(user);
				rest = rest.replace(user, " ");
			}
		}
		return found.stream().sorted().toList();
	}

	private String withoutUserTexts(String text) {
		String rest = text;
		for (String user : this.userTexts) {
			rest = rest.replace(user, " ");
		}
		return rest;
	}

	private List<String> numbers(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(withoutUserTexts(text));
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found.stream().sorted().toList();
	}

	/** Every composed text of the answer (data and errors) by its path. */
	private static Map<String, String> texts(Map<String, Object> response) {
		Map<String, String> texts = new LinkedHashMap<>();
		collect("", response, false, texts);
		return texts;
	}

	private static void collect(String path, Object value, boolean text, Map<String, String> texts) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> collect(path + "." + key, child, TEXT_FIELDS.contains(String.valueOf(key)), texts));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(path + "[" + i + "]", list.get(i), text, texts);
			}
		}
		else if (text && value instanceof String string) {
			texts.put(path, string);
		}
	}

	@SuppressWarnings("unchecked")
	private static String classification(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
		assertThat(errors).hasSize(1);
		return String.valueOf(((Map<String, Object>) errors.get(0).get("extensions")).get("classification"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> labels(Map<String, Object> response) {
		List<Map<String, String>> labels = (List<Map<String, String>>) ((Map<String, Object>) response.get("data"))
			.get("labels");
		Map<String, String> byValue = new LinkedHashMap<>();
		labels.forEach(l -> byValue.putIfAbsent(l.get("value"), l.get("label")));
		return byValue;
	}

	private Map<String, Object> post(String document, String acceptLanguage, String lang) {
		var client = acceptLanguage == null
				? org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
					.baseUrl("http://localhost:" + this.port)
					.responseTimeout(java.time.Duration.ofSeconds(120))
					.defaultHeaders(headers -> headers.setBearerAuth(this.token))
					.build()
				: http("http://localhost:" + this.port).defaultHeaders(headers -> headers.setBearerAuth(this.token)).build();
		return client.post()
			.uri(uri -> lang == null ? uri.path("/graphql").build() : uri.path("/graphql").queryParam("lang", lang).build())
			.headers(headers -> {
				if (acceptLanguage != null) {
					headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static Properties bundle(String resource) {
		Properties properties = new Properties();
		try (InputStream in = LanguageGraphQlTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return properties;
	}

}
