package org.guanxi.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookGeneratorTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	static Map<BulkFile, List<CSVRecord>> book;

	@BeforeAll
	static void generate() throws IOException {
		book = parse(new BookGenerator(BookOptions.of(3000, 7, AS_OF)).toBytes());
	}

	static Map<BulkFile, List<CSVRecord>> parse(Map<BulkFile, byte[]> bytes) throws IOException {
		Map<BulkFile, List<CSVRecord>> parsed = new HashMap<>();
		for (var entry : bytes.entrySet()) {
			String text = new String(entry.getValue(), StandardCharsets.UTF_8);
			parsed.put(entry.getKey(), CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))
				.getRecords());
		}
		return parsed;
	}

	@Test
	void sameSeedAndDateGiveTheSameFilesAnotherSeedOthers() {
		Map<BulkFile, byte[]> one = new BookGenerator(BookOptions.of(200, 42, AS_OF)).toBytes();
		Map<BulkFile, byte[]> two = new BookGenerator(BookOptions.of(200, 42, AS_OF)).toBytes();
		Map<BulkFile, byte[]> other = new BookGenerator(BookOptions.of(200, 43, AS_OF)).toBytes();
		for (BulkFile file : BulkFile.values()) {
			assertThat(two.get(file)).as(file.fileName()).isEqualTo(one.get(file));
		}
		assertThat(other.get(BulkFile.PEOPLE)).isNotEqualTo(one.get(BulkFile.PEOPLE));
	}

	@Test
	void decisionChainsHave3To40PeopleAndAllRoles() {
		Map<String, List<CSVRecord>> byAccount = new HashMap<>();
		book.get(BulkFile.PEOPLE).forEach(p -> byAccount.computeIfAbsent(p.get("account"), a -> new ArrayList<>()).add(p));
		assertThat(byAccount).hasSize(3000);
		int max = 0;
		for (List<CSVRecord> people : byAccount.values()) {
			assertThat(people.size()).isBetween(3, 40);
			max = Math.max(max, people.size());
			Set<String> roles = new HashSet<>();
			people.forEach(p -> roles.addAll(List.of(p.get("buyingRoles").split(";"))));
			assertThat(roles).contains("DECIDER", "BUYER", "USER");
			if (people.size() >= 6) {
				assertThat(roles).containsExactlyInAnyOrder(FileSpecRoles.ALL);
			}
			assertThat(people.stream().filter(p -> p.get("level").equals("1")).count()).isEqualTo(1);
		}
		assertThat(max).isGreaterThanOrEqualTo(30);
		double mean = book.get(BulkFile.PEOPLE).size() / 3000.0;
		assertThat(mean).isBetween(6.0, 16.0);
	}

	@Test
	void reportingLinesFormOneTreePerAccount() {
		Map<String, String> accountOf = new HashMap<>();
		Map<String, Integer> level = new HashMap<>();
		book.get(BulkFile.PEOPLE).forEach(p -> {
			accountOf.put(p.get("id"), p.get("account"));
			level.put(p.get("id"), Integer.parseInt(p.get("level")));
		});
		Set<String> withManager = new HashSet<>();
		for (CSVRecord r : book.get(BulkFile.REPORTS_TO)) {
			assertThat(withManager.add(r.get("person"))).isTrue();
			assertThat(accountOf.get(r.get("manager"))).isEqualTo(accountOf.get(r.get("person")));
			assertThat(level.get(r.get("person"))).isEqualTo(level.get(r.get("manager")) + 1);
		}
		assertThat(withManager).hasSize(book.get(BulkFile.PEOPLE).size() - 3000);
		assertThat(level.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isBetween(4, 7);
	}

	@Test
	void referralForestsAreHeavyTailedAndUpTo8Deep() {
		Map<String, String> referrerOfAccount = new HashMap<>();
		Map<String, String> accountOfPerson = new HashMap<>();
		book.get(BulkFile.PEOPLE).forEach(p -> accountOfPerson.put(p.get("id"), p.get("account")));
		Map<String, Integer> perSource = new HashMap<>();
		for (CSVRecord r : book.get(BulkFile.REFERRALS)) {
			perSource.merge(r.get("source_type") + ":" + r.get("source"), 1, Integer::sum);
			if (r.get("target_type").equals("account")) {
				assertThat(referrerOfAccount.put(r.get("target"), r.get("source_type").equals("person")
						? accountOfPerson.get(r.get("source")) : r.get("source"))).isNull();
			}
		}
		int[] depths = new int[10];
		for (String account : referrerOfAccount.keySet()) {
			int depth = 0;
			String current = account;
			while (referrerOfAccount.containsKey(current)) {
				current = referrerOfAccount.get(current);
				depth++;
				assertThat(depth).isLessThanOrEqualTo(8);
			}
			depths[depth]++;
		}
		for (int d = 1; d <= 8; d++) {
			assertThat(depths[d]).as("accounts at referral depth " + d).isPositive();
		}
		assertThat(depths[1]).isGreaterThan(depths[4]);
		List<Integer> counts = perSource.values().stream().sorted().toList();
		int median = counts.get(counts.size() / 2);
		assertThat(counts.get(counts.size() - 1)).isGreaterThanOrEqualTo(20 * median);
		assertThat(referrerOfAccount.size()).isBetween(1800, 2700);
	}

	@Test
	void dealsInteractionsAndTiesLookReal() {
		assertThat(book.get(BulkFile.DEALS).size() / 3000.0).isBetween(2.5, 3.5);
		assertThat(book.get(BulkFile.INTERACTIONS).size() / 3000.0).isBetween(8.5, 11.5);
		Set<String> statuses = new HashSet<>();
		book.get(BulkFile.DEALS).forEach(d -> statuses.add(d.get("status")));
		assertThat(statuses).containsExactlyInAnyOrder("OPEN", "WON", "LOST");
		OffsetDateTime yearAgo = AS_OF.minusDays(365).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8));
		for (CSVRecord i : book.get(BulkFile.INTERACTIONS)) {
			OffsetDateTime at = OffsetDateTime.parse(i.get("at"));
			assertThat(at).isAfter(yearAgo).isBefore(AS_OF.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)));
		}
		Map<String, String> accountOf = new HashMap<>();
		book.get(BulkFile.PEOPLE).forEach(p -> accountOf.put(p.get("id"), p.get("account")));
		long across = book.get(BulkFile.KNOWS)
			.stream()
			.filter(k -> k.get("from_type").equals("person") && !accountOf.get(k.get("from")).equals(accountOf.get(k.get("to"))))
			.count();
		long byReps = book.get(BulkFile.KNOWS).stream().filter(k -> k.get("from_type").equals("rep")).count();
		assertThat(across).isPositive();
		assertThat(byReps).isGreaterThanOrEqualTo(3000);
		assertThat(book.get(BulkFile.INFLUENCES)).isNotEmpty();
	}

	/** The six buying roles. */
	static final class FileSpecRoles {

		static final String[] ALL = { "GATEKEEPER", "USER", "BUYER", "DECIDER", "INFLUENCER", "EVALUATOR" };

	}

}
