package org.guanxi.referral.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.account.Lifecycle;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.RelationshipClassifier;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to ask for the next referrals: contacts we are PARTNER or FRIEND with (as the relationship classifier
 * says now) at RETAINED or VIP accounts, ranked by their reach.
 */
@Service
@Transactional(readOnly = true)
public class ReferralAskService {

	private static final Comparator<ReferralAsk> ORDER = Comparator.comparingInt(ReferralAsk::reach)
		.reversed()
		.thenComparing(Comparator.comparingInt(ReferralAsk::pastReferrals).reversed())
		.thenComparing(a -> a.relationship() == RelationshipClass.PARTNER ? 0 : 1)
		.thenComparing(a -> a.person().name(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(a -> a.person().id());

	private final Cypher cypher;

	private final RelationshipClassifier classifier;

	ReferralAskService(Cypher cypher, RelationshipClassifier classifier) {
		this.cypher = cypher;
		this.classifier = classifier;
	}

	/**
	 * The ask list, best first: reach (ties to people at other accounts + past referrals) descending, then past
	 * referrals descending, PARTNER before FRIEND, then name and id.
	 * @param repId only the accounts this rep OWNS; null for the whole book
	 * @param first how many contacts at most (null = 20)
	 */
	public List<ReferralAsk> askList(String repId, Integer first) {
		int limit = ReferralReportService.lines(first, 20);
		List<Map<String, Object>> rows = candidates(repId);
		List<String> ids = rows.stream().map(row -> ((Node) row.get("person")).get("id").asString()).toList();
		Map<String, RelationshipClass> classes = this.classifier.classify(ids);
		List<ReferralAsk> asks = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Account account = Account.from((Node) row.get("account"));
			Person person = Person.from((Node) row.get("person"), account.id());
			RelationshipClass relationship = classes.get(person.id());
			if (relationship == RelationshipClass.PARTNER || relationship == RelationshipClass.FRIEND) {
				asks.add(ask(person, account, relationship, row));
			}
		}
		return asks.stream().sorted(ORDER).limit(limit).toList();
	}

	private List<Map<String, Object>> candidates(String repId) {
		if (repId == null) {
			return List.copyOf(this.cypher.query("referral/askCandidates").fetch().all());
		}
		boolean found = (Boolean) this.cypher.query("referral/askRepExists", Map.of("repId", repId))
			.fetch()
			.one()
			.orElseThrow()
			.get("found");
		if (!found) {
			throw new SalesRepNotFound(repId);
		}
		return List.copyOf(this.cypher.query("referral/askCandidatesOfRep", Map.of("repId", repId)).fetch().all());
	}

	private static ReferralAsk ask(Person person, Account account, RelationshipClass relationship,
			Map<String, Object> row) {
		int ties = ((Number) row.get("ties")).intValue();
		int tiedAccounts = ((Number) row.get("tiedAccounts")).intValue();
		int referrals = ((Number) row.get("pastReferrals")).intValue();
		LocalDate last = (LocalDate) row.get("lastReferral");
		List<Text> reasons = new ArrayList<>();
		Text term = Text.term("RelationshipClass", relationship.name());
		List<Text> standing = accountStanding(account);
		reasons.add(standing.isEmpty() ? Text.of("ask.relationship", term, account.name())
				: Text.of("ask.relationship.standing", term, account.name(), Text.list(standing)));
		if (ties > 0) {
			String key = ties == 1 ? "ask.ties.one" : tiedAccounts == 1 ? "ask.ties.oneAccount" : "ask.ties.many";
			reasons.add(Text.of(key, ties, tiedAccounts));
		}
		if (referrals > 0) {
			String key = referrals == 1 ? "ask.referred.one" : "ask.referred.many";
			reasons.add(last == null ? Text.of(key, referrals) : Text.of(key + ".latest", referrals, last));
		}
		return new ReferralAsk(person, account, relationship, ties + referrals, ties, tiedAccounts, referrals,
				List.copyOf(reasons));
	}

	private static List<Text> accountStanding(Account account) {
		List<Text> parts = new ArrayList<>();
		if (account.lifecycle() == Lifecycle.RETAINED) {
			parts.add(Text.of("ask.retained"));
		}
		if (account.vip()) {
			parts.add(Text.of("ask.vip"));
		}
		return parts;
	}

}
