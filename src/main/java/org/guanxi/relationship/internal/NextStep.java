package org.guanxi.relationship.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	public String text(RelationshipClass classification, RelationshipSettings settings) {
		return switch (classification) {
			case OUTSIDER -> personalTie() + " " + firstDeal();
			case FRIEND -> business(settings.currency());
			case SUPPLIER -> personalSide(settings);
			case PARTNER -> referrals();
		};
	}

	private String personalTie() {
		if (this.tie != null) {
			String other = Texts.named(Values.string(this.tie.get("name")), Values.string(this.tie.get("title")));
			String strength = "strength " + Values.number(this.tie.get("strength"));
			if (Boolean.TRUE.equals(this.tie.get("rep"))) {
				return "Build a personal tie: our rep " + other + " already knows " + this.name + " (" + strength
						+ "); invite " + this.name + " to a meal or a social event.";
			}
			return "Build a personal tie: ask " + other + ", who knows " + this.name + " (" + strength
					+ "), to introduce you.";
		}
		if (this.insider != null) {
			return "Build a personal tie: ask insider "
					+ Texts.named(Values.string(this.insider.get("name")), Values.string(this.insider.get("title")))
					+ " at " + this.accountName + " to introduce you to " + this.name + ".";
		}
		return "Build a personal tie: find someone who knows " + this.name + " (a colleague, a customer, an insider"
				+ (this.accountName == null ? "" : " at " + this.accountName) + ") to introduce you.";
	}

	private String firstDeal() {
		String account = this.accountName == null ? "their organisation" : this.accountName;
		if (this.boughtBefore.isEmpty()) {
			return "Or win a first deal with " + account + ".";
		}
		return "Or win a new deal with " + account + " (it bought " + quoted(this.boughtBefore) + " before).";
	}

	private String business(String currency) {
		String account = this.accountName == null ? "their organisation" : this.accountName;
		if (this.openDeal != null) {
			return "Turn the tie into business: ask " + this.name + " to back the open deal '"
					+ this.openDeal.get("name") + "' (" + Texts.money(currency, Values.number(this.openDeal.get("amount")))
					+ ") at " + account + ".";
		}
		return "Turn the tie into business: open a deal with " + account + buys() + "; ask " + this.name
				+ " who decides and what they need.";
	}

	private String buys() {
		if (!this.boughtBefore.isEmpty()) {
			return ", which bought " + quoted(this.boughtBefore) + " before";
		}
		List<String> traits = new ArrayList<>();
		if (Texts.present(this.industry)) {
			traits.add(this.industry);
		}
		if (this.units != null) {
			traits.add(this.units + " units");
		}
		return traits.isEmpty() ? "" : " (" + String.join(", ", traits) + ")";
	}

	private String personalSide(RelationshipSettings settings) {
		List<String> interests = new ArrayList<>();
		addInterest(interests, "hobbies", this.hobbies);
		addInterest(interests, "sports", this.sports);
		addInterest(interests, "food", this.food);
		String ways = settings.personalInteractions() + " positive " + String.join("/", settings.personalKinds())
				+ " within " + settings.personalDays() + " days meet the personal interest";
		if (interests.isEmpty()) {
			return "Build the personal side with " + this.name
					+ ": learn their hobbies, sports and food (the profile is empty) and invite them to a meal ("
					+ ways + ").";
		}
		return "Build the personal side with " + this.name + " around their interests (" + String.join("; ", interests)
				+ "): a meal, a gift, a favour or a social event (" + ways + ").";
	}

	private String referrals() {
		return "Ask " + this.name + " for referrals: which peers, partners or friends need what "
				+ (this.accountName == null ? "they buy" : this.accountName + " buys")
				+ " from us? Referred customers start at intention grade A.";
	}

	private static void addInterest(List<String> interests, String label, String value) {
		if (Texts.present(value)) {
			interests.add(label + ": " + value.strip());
		}
	}

	private static String quoted(List<String> names) {
		return "'" + String.join("', '", names) + "'";
	}

}
