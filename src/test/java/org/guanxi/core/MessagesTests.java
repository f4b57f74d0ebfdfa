package org.guanxi.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two bundles say the same things: the same keys, the same placeholders, a label for every enum value.
 */
class MessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private final Properties english = load("/messages.properties");

	private final Properties chinese = load("/messages_zh_CN.properties");

	@Test
	void bothBundlesHaveTheSameKeys() {
		assertThat(this.chinese.stringPropertyNames()).hasSameElementsAs(this.english.stringPropertyNames());
		assertThat(this.english.stringPropertyNames()).hasSizeGreaterThan(200);
	}

	@Test
	void everyMessageUsesTheSamePlaceholdersInBothLanguages() {
		for (String key : this.english.stringPropertyNames()) {
			assertThat(placeholders(this.chinese.getProperty(key))).as(key)
				.isEqualTo(placeholders(this.english.getProperty(key)));
		}
	}

	@Test
	void chineseMessagesAreChineseAndEnglishOnesAreNot() {
		for (String key : this.english.stringPropertyNames()) {
			assertThat(this.english.getProperty(key)).as(key).doesNotContainPattern("\\p{IsHan}");
		}
		// a sentence of the Chinese bundle (error, next step, reason) has Chinese words
		for (String key : this.chinese.stringPropertyNames()) {
			if (key.startsWith("error.") && !key.equals("error.invalidRequest") || key.startsWith("next.")
					|| key.startsWith("insider.") || key.startsWith("gap.")) {
				assertThat(this.chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
			}
		}
	}

	@Test
	void everyEnumValueOfTheSchemaHasALabel() throws IOException {
		String schema = Files.readString(Path.of("schema.graphqls"));
		List<EnumTypeDefinition> enums = new SchemaParser().parse(schema).getTypes(EnumTypeDefinition.class);
		assertThat(enums).hasSizeGreaterThan(15);
		for (EnumTypeDefinition type : enums) {
			for (EnumValueDefinition value : type.getEnumValueDefinitions()) {
				String key = "label." + type.getName() + "." + value.getName();
				assertThat(this.english.getProperty(key)).as(key).isNotBlank();
			}
		}
	}

	@Test
	void domainTermsInChinese() {
		Locale zh = Messages.CHINESE;
		assertThat(List.of("OUTSIDER", "FRIEND", "SUPPLIER", "PARTNER")
			.stream()
			.map(v -> Messages.label("RelationshipClass", v, zh))).containsExactly("局外人", "朋友", "供应商", "合作伙伴");
		assertThat(List.of("GATEKEEPER", "USER", "BUYER", "DECIDER", "INFLUENCER", "EVALUATOR")
			.stream()
			.map(v -> Messages.label("BuyingRole", v, zh))).containsExactly("看门人", "使用者", "采购者", "决策人", "影响者",
					"资格审查人");
		assertThat(List.of("POTENTIAL", "PROSPECT", "RETAINED", "LOST")
			.stream()
			.map(v -> Messages.label("Lifecycle", v, zh))).containsExactly("潜在", "有望/意向", "保有", "战败");
		assertThat(List.of("ORDINARY", "PRIORITY", "PARTNER", "STRATEGIC")
			.stream()
			.map(v -> Messages.label("RelationshipLevel", v, zh))).containsExactly("普通", "优先", "伙伴", "战略");
		assertThat(List.of("HIGH", "WIDE", "DEEP").stream().map(v -> Messages.label("Coverage", v, zh)))
			.allSatisfy(label -> assertThat(label).containsAnyOf("层高", "面广", "关系深"));
	}

	@Test
	void textsAreComposedInTheReadersLanguage() {
		Text gap = Text.of("gap.outsidersOnly", Text.term("BuyingRole", "DECIDER"), Text.list(List.of("王强", "Li Ming")));
		assertThat(Messages.text(gap, Locale.ENGLISH)).isEqualTo("DECIDER held only by outsiders: 王强, Li Ming");
		assertThat(Messages.text(gap, Locale.forLanguageTag("zh-CN"))).isEqualTo("决策人只由局外人担任：王强、Li Ming");
		// any Chinese reads Chinese, anything else English
		assertThat(Messages.text(gap, Locale.forLanguageTag("zh-TW"))).startsWith("决策人");
		assertThat(Messages.text(gap, Locale.FRENCH)).startsWith("DECIDER");
		assertThat(gap).hasToString("DECIDER held only by outsiders: 王强, Li Ming");
		// quotes in names and ids stay as they are
		Text notFound = Text.of("error.notFound", Text.of("entity.Account"), "acc-'x'");
		assertThat(Messages.text(notFound, Locale.ENGLISH))
			.isEqualTo("Account 'acc-'x'' does not exist; check the id (ids are case-sensitive).");
		assertThat(Messages.text(notFound, Messages.CHINESE)).isEqualTo("客户“acc-'x'”不存在；请检查 id（区分大小写）。");
	}

	@Test
	void languageTags() {
		assertThat(Messages.language("zh_CN.UTF-8")).isEqualTo(Messages.CHINESE);
		assertThat(Messages.language("zh-Hant")).isEqualTo(Messages.CHINESE);
		assertThat(Messages.language("en_US.UTF-8")).isEqualTo(Locale.ENGLISH);
		assertThat(Messages.language("C")).isNull();
		assertThat(Messages.language("POSIX")).isNull();
		assertThat(Messages.language("")).isNull();
		assertThat(Messages.language("fr-FR")).isNull();
	}

	private static Set<String> placeholders(String pattern) {
		new MessageFormat(pattern);
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return properties;
	}

}
