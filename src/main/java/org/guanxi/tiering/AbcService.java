package org.guanxi.tiering;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.core.InvalidInput;
import org.guanxi.graph.Cypher;

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

	AbcService(Cypher cypher, TierSettings settings) {
		this.cypher = cypher;
		this.settings = settings;
	}

	/**
	 * The ABC analysis of all accounts.
	 * @param aThreshold A below this cumulative share (default from settings when null)
	 * @param bThreshold B below this cumulative share (default from settings when null)
	 * @param from first close date counted (inclusive), null for no lower bound
	 * @param to last close date counted (inclusive), null for no upper bound
	 * @param withAccounts load the accounts of the entries with the analysis (one query for all)
	 */
	public AbcAnalysis analyse(Double aThreshold, Double bThreshold, LocalDate from, LocalDate to,
			boolean withAccounts) {
		double a = aThreshold != null ? aThreshold : this.settings.aThreshold();
		double b = bThreshold != null ? bThreshold : this.settings.bThreshold();
		AbcAnalysis.checkThresholds(a, b);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("from " + from + " is after to " + to + "; give a period with from <= to.");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("withAccounts", withAccounts);
		Map<String, Double> won = new HashMap<>();
		this.cypher.query("tiering/wonRevenue", parameters)
			.fetch()
			.all()
			.forEach(row -> won.put((String) row.get("id"), ((Number) row.get("revenue")).doubleValue()));
		List<AbcAnalysis.Revenue> revenues = this.cypher.query("tiering/accounts", parameters)
			.fetchAs(AbcAnalysis.Revenue.class)
			.mappedBy((types, r) -> {
				String id = r.get("id").asString();
				return new AbcAnalysis.Revenue(id, won.getOrDefault(id, 0.0),
						r.get("account").isNull() ? null : Account.from(r.get("account").asNode()));
			})
			.all()
			.stream()
			.toList();
		return AbcAnalysis.of(revenues, a, b);
	}

	/** The class of every account by id, with the default thresholds over all time. */
	public Map<String, String> classes() {
		return analyse(null, null, null, null, false).classes();
	}

}
