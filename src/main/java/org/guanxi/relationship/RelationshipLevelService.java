package org.guanxi.relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.account.RelationshipLevel;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Texts;
import org.guanxi.relationship.internal.Values;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.RelationshipClassifier;
import org.guanxi.tiering.AbcClass;
import org.guanxi.tiering.AbcAnalysis;
import org.guanxi.tiering.AbcEntry;
import org.guanxi.tiering.AbcService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests an account's relationship level (客户关系层级) from its ABC class by revenue (the tiering module's
 * analysis with its default thresholds) and our relationship with its deciders (buying role DECIDER):
 * <ul>
 * <li>STRATEGIC: the account is A and we are partners with a decider;</li>
 * <li>PARTNER: we are partners with a decider (the account is B or C);</li>
 * <li>PRIORITY: the account is A or B, or a decider is a friend or supplier;</li>
 * <li>ORDINARY: otherwise.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class RelationshipLevelService {

	private final Cypher cypher;

	private final RelationshipClassifier classifier;

	private final RelationshipSettings settings;

	private final AbcService abc;

	RelationshipLevelService(Cypher cypher, RelationshipClassifier classifier, RelationshipSettings settings,
			AbcService abc) {
		this.cypher = cypher;
		this.classifier = classifier;
		this.settings = settings;
		this.abc = abc;
	}

	/** The suggestion for each account, by account id (unknown ids are left out); three queries in all. */
	public Map<String, SuggestedRelationshipLevel> suggest(Collection<String> accountIds) {
		return suggest(accountIds, this.abc.standard());
	}

	/**
	 * The suggestion for each account from the given {@link AbcService#standard() standard ABC analysis}, e.g.
	 * the one of the GraphQL request.
	 */
	public Map<String, SuggestedRelationshipLevel> suggest(Collection<String> accountIds, AbcAnalysis standard) {
		List<AbcEntry> entries = standard.entries();
		Map<String, Tier> tiers = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			AbcEntry entry = entries.get(i);
			tiers.put(entry.accountId(), new Tier(entry.abcClass(), i + 1, entry.revenue()));
		}
		Map<String, List<Map<String, Object>>> deciders = new HashMap<>();
		this.cypher.query("relationship/deciders", Map.of("ids", List.copyOf(accountIds)))
			.fetch()
			.all()
			.forEach(row -> deciders.put((String) row.get("accountId"), Values.maps(row.get("deciders"))));
		List<String> personIds = deciders.values()
			.stream()
			.flatMap(List::stream)
			.map(p -> (String) p.get("id"))
			.distinct()
			.toList();
		Map<String, RelationshipClass> classes = this.classifier.classify(personIds);
		Map<String, SuggestedRelationshipLevel> suggestions = new HashMap<>();
		deciders.forEach((accountId, people) -> suggestions.put(accountId,
				suggestion(tiers.get(accountId), tiers.size(), people, classes)));
		return suggestions;
	}

	private SuggestedRelationshipLevel suggestion(Tier tier, int accounts, List<Map<String, Object>> deciders,
			Map<String, RelationshipClass> classes) {
		List<Object> partners = named(deciders, classes, List.of(RelationshipClass.PARTNER));
		List<Object> warm = named(deciders, classes, List.of(RelationshipClass.FRIEND, RelationshipClass.SUPPLIER));
		Text abc = Text.of("level.abc", tier.tier(), Texts.money(this.settings.currency(), tier.revenue()), tier.rank(),
				accounts);
		boolean topTier = tier.tier() == AbcClass.A;
		if (topTier && !partners.isEmpty()) {
			return new SuggestedRelationshipLevel(RelationshipLevel.STRATEGIC,
					Text.of("level.strategic", abc, Text.list(partners)));
		}
		if (!partners.isEmpty()) {
			return new SuggestedRelationshipLevel(RelationshipLevel.PARTNER,
					Text.of("level.partner", Text.list(partners), abc));
		}
		Text reason = deciders.isEmpty() ? Text.of("level.noDecider", abc)
				: warm.isEmpty() ? Text.of("level.outsiders", abc) : Text.of("level.warm", abc, Text.list(warm));
		if (topTier || tier.tier() == AbcClass.B || !warm.isEmpty()) {
			return new SuggestedRelationshipLevel(RelationshipLevel.PRIORITY, reason);
		}
		return new SuggestedRelationshipLevel(RelationshipLevel.ORDINARY, reason);
	}

	private static List<Object> named(List<Map<String, Object>> people, Map<String, RelationshipClass> classes,
			List<RelationshipClass> wanted) {
		List<Object> names = new ArrayList<>();
		for (Map<String, Object> person : people) {
			RelationshipClass c = classes.get((String) person.get("id"));
			if (wanted.contains(c)) {
				Object name = Texts.named((String) person.get("name"), (String) person.get("title"));
				names.add(wanted.size() > 1 ? Text.of("level.withClass", name, Text.of("levelClass." + c.name())) : name);
			}
		}
		return names;
	}


	/** An account's ABC class, its rank by revenue (1 = most) and its revenue. */
	private record Tier(AbcClass tier, int rank, double revenue) {
	}

}
