package org.guanxi.tiering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;

import org.guanxi.account.Account;
import org.guanxi.account.AccountFields;
import org.guanxi.account.InvalidAmounts;
import org.guanxi.core.InvalidInput;
import org.guanxi.graph.BookResults;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ABC analysis of all accounts by won revenue.
 */
@Service
@Transactional(readOnly = true)
public class AbcService {

	private final Cypher cypher;

	private final TierSettings settings;

	private final BookResults results;

	private static final String STANDARD_OF_REQUEST = AbcService.class.getName() + ".standard";

	AbcService(Cypher cypher, TierSettings settings, BookResults results) {
		this.cypher = cypher;
		this.settings = settings;
		this.results = results;
	}

	/**
	 * The ABC analysis of all accounts.
	 * @param aThreshold A below this cumulative share (default from settings when null)
	 * @param bThreshold B below this cumulative share (default from settings when null)
	 * @param from first close date counted (inclusive), null for no lower bound
	 * @param to last close date counted (inclusive), null for no upper bound
	 * @param accounts how much of the entries' accounts to load with the analysis (one query for all)
	 */
	public AbcAnalysis analyse(Double aThreshold, Double bThreshold, LocalDate from, LocalDate to,
			AccountFields accounts) {
		double a = aThreshold != null ? aThreshold : this.settings.aThreshold();
		double b = bThreshold != null ? bThreshold : this.settings.bThreshold();
		AbcAnalysis.checkThresholds(a, b);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("error.period", from, to);
		}
		// by account: a change to a few accounts (a deal won, an account added) reads their revenue again, then
		// ranks the book's again
		return this.results.byAccount("tiering/abc", Arrays.asList(a, b, from, to, accounts.parameters()),
				ids -> rows(from, to, accounts, ids), rows -> analysis(rows, a, b));
	}

	/** An account's revenue in the analysis, with the amounts of its WON deals left out as invalid (or null). */
	private record Row(AbcAnalysis.Revenue revenue, InvalidAmounts invalid) {
	}

	/** The rows of the accounts the user may see, by account id: of these accounts only unless null. */
	private Map<String, Row> rows(LocalDate from, LocalDate to, AccountFields accounts, Set<String> ids) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("ids", ids == null ? null : List.copyOf(ids));
		parameters.putAll(accounts.parameters());
		// the whole book's revenue, of which the visible accounts (tiering/accounts) are kept: the visibility rule is
		// evaluated once, in the query of the accounts
		Map<String, InvalidAmounts> invalid = new HashMap<>();
		Map<String, Double> won = this.cypher.one(ids == null ? "tiering/wonRevenue" : "tiering/accountsWonRevenue",
				parameters, r -> {
					for (Value entry : r.get("invalid").values()) {
						String id = entry.get("id").asString();
						invalid.put(id, new InvalidAmounts(id, entry.get("deals").asList(Value::asString)));
					}
					return Cypher.zip(r.get("ids"), r.get("revenues"), Value::asString, Value::asDouble);
				});
		return this.cypher.one("tiering/accounts", parameters, r -> {
			List<String> visible = r.get("ids").asList(Value::asString);
			List<Account> loaded = accounts.accounts(r.get("nodes"), r.get("values"));
			Map<String, Row> rows = new HashMap<>(visible.size() * 2);
			for (int i = 0; i < visible.size(); i++) {
				String id = visible.get(i);
				rows.put(id, new Row(new AbcAnalysis.Revenue(id, won.getOrDefault(id, 0.0),
						loaded.isEmpty() ? null : loaded.get(i)), invalid.get(id)));
			}
			return rows;
		});
	}

	private static AbcAnalysis analysis(Map<String, Row> rows, double a, double b) {
		List<AbcAnalysis.Revenue> revenues = new ArrayList<>(rows.size());
		List<InvalidAmounts> invalid = new ArrayList<>();
		for (Row row : rows.values()) {
			revenues.add(row.revenue());
			if (row.invalid() != null) {
				invalid.add(row.invalid());
			}
		}
		invalid.sort(Comparator.comparing(InvalidAmounts::accountId));
		return AbcAnalysis.of(revenues, a, b).withDataErrors(invalid);
	}

	/** The class of every account by id, with the default thresholds over all time. */
	public Map<String, AbcClass> classes() {
		return standard().classes();
	}

	/** The analysis with the default thresholds over all time, without the accounts' fields. */
	public AbcAnalysis standard() {
		return analyse(null, null, null, null, AccountFields.NONE);
	}

	/**
	 * {@link #standard()}, worked out once per GraphQL request however many fields need it (an account's class,
	 * its suggested relationship level...).
	 */
	public AbcAnalysis standard(GraphQLContext request) {
		return request.computeIfAbsent(STANDARD_OF_REQUEST, key -> standard());
	}

}
