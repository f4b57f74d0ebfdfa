package org.guanxi.relationship.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.relationship.RelationshipSettings;

/**
 * The next step toward partner (domain.md): an outsider needs a personal tie (the strongest existing KNOWS tie,
 * else an insider who can introduce) or a first deal; a friend's tie is turned into business (the open deal, or
 * what the account buys); a supplier needs the personal side (interests from the profile); a partner is asked
 * for referrals (referred customers start at grade A).
 *
 * @param name the contact's name
 * @param accountName the contact's account (null when none)
 * @param industry the account's industry
 * @param units the account's units
 * @param hobbies profile: hobbies
 * @param sports profile: sports
 * @param food profile: food
 * @param tie the strongest KNOWS tie {name, title, rep, strength}, or null
 * @param insider an insider of the account {name, title}, or null
 * @param openDeal the largest open deal of the account {name, amount}, or null
 * @param boughtBefore names of the account's latest WON deals
 */
public record NextStep(String name, String accountName, String industry, Object units, String hobbies,
		String sports, String food, Map<String, Object> tie, Map<String, Object> insider,
		Map<String, Object> openDeal, List<String> boughtBefore) {

	public Text text(RelationshipClass classification, RelationshipSettings settings) {
		return switch (classification) {
			case OUTSIDER -> Text.sentences(personalTie(), firstDeal());
			case FRIEND -> business(settings.currency());
			case SUPPLIER -> personalSide(settings);
			case PARTNER -> referrals();
		};
	}

	private Text personalTie() {
		if (this.tie != null) {
			Object other = Texts.named(Values.string(this.tie.get("name")), Values.string(this.tie.get("title")));
			Object strength = Values.number(this.tie.get("strength"));
			String key = Boolean.TRUE.equals(this.tie.get("rep")) ? "next.tie.rep" : "next.tie.person";
			return Text.of(key, other, this.name, strength);
		}
		if (this.insider != null) {
			return Text.of("next.tie.insider",
					Texts.named(Values.string(this.insider.get("name")), Values.string(this.insider.get("title"))),
					this.accountName, this.name);
		}
		return this.accountName == null ? Text.of("next.tie.find", this.name)
				: Text.of("next.tie.findAt", this.name, this.accountName);
	}

	private Text firstDeal() {
		if (this.boughtBefore.isEmpty()) {
			return Text.of("next.deal.first", account());
		}
		return Text.of("next.deal.new", account(), quoted(this.boughtBefore));
	}

	private Object account() {
		return this.accountName == null ? Text.of("next.theirOrganisation") : this.accountName;
	}

	private Text business(String currency) {
		if (this.openDeal != null) {
			return Text.of("next.business.openDeal", this.name, this.openDeal.get("name"),
					Texts.money(currency, Values.number(this.openDeal.get("amount"))), account());
		}
		if (!this.boughtBefore.isEmpty()) {
			return Text.of("next.business.bought", account(), quoted(this.boughtBefore), this.name);
		}
		List<Object> traits = new ArrayList<>();
		if (Texts.present(this.industry)) {
			traits.add(this.industry);
		}
		if (this.units != null) {
			traits.add(Text.of("next.units", this.units));
		}
		return traits.isEmpty() ? Text.of("next.business.plain", account(), this.name)
				: Text.of("next.business.traits", account(), Text.list(traits), this.name);
	}

	private Text personalSide(RelationshipSettings settings) {
		List<Text> interests = new ArrayList<>();
		addInterest(interests, "next.interest.hobbies", this.hobbies);
		addInterest(interests, "next.interest.sports", this.sports);
		addInterest(interests, "next.interest.food", this.food);
		Text ways = Text.of("next.ways", settings.personalInteractions(),
				Text.alternatives(settings.personalKinds().stream().map(k -> Text.term("InteractionKind", k)).toList()),
				settings.personalDays());
		if (interests.isEmpty()) {
			return Text.of("next.personal.empty", this.name, ways);
		}
		return Text.of("next.personal.interests", this.name, Text.items(interests), ways);
	}

	private Text referrals() {
		return this.accountName == null ? Text.of("next.referrals.noAccount", this.name)
				: Text.of("next.referrals", this.name, this.accountName);
	}

	private static void addInterest(List<Text> interests, String key, String value) {
		if (Texts.present(value)) {
			interests.add(Text.of(key, value.strip()));
		}
	}

	private static Text quoted(List<String> names) {
		return Text.list(names.stream().map(name -> Text.of("quoted", name)).toList());
	}

}
