package org.guanxi.relationship.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.relationship.RelationshipAssessment;

/**
 * The evidence behind the halves, in words: the signed contract, the WON deals and the personal interactions
 * that count (as returned by {@code relationship/view}), and the current assessment.
 */
public final class Evidence {

	private Evidence() {
	}

	public static List<String> of(boolean signed, List<Map<String, Object>> wonDeals,
			List<Map<String, Object>> personal, RelationshipAssessment assessment, String currency, ZoneId zone) {
		List<String> evidence = new ArrayList<>();
		if (signed) {
			evidence.add("account signed");
		}
		for (Map<String, Object> deal : wonDeals) {
			evidence.add(deal(deal, currency));
		}
		for (Map<String, Object> interaction : personal) {
			evidence.add(interaction(interaction, zone));
		}
		if (assessment != null) {
			evidence.add(assessment(assessment, zone));
		}
		return evidence;
	}

	/** {@code WON deal 'Fleet service' closed 2026-03-01 (CNY 300,000)}. */
	public static String deal(Map<String, Object> deal, String currency) {
		return "WON deal '" + deal.get("name") + "' closed " + deal.get("closedAt") + " ("
				+ Texts.money(currency, Values.number(deal.get("amount"))) + ")";
	}

	/** {@code MEAL on 2026-10-02: note}. */
	public static String interaction(Map<String, Object> interaction, ZoneId zone) {
		String text = interaction.get("kind") + " on " + Texts.day(Values.dateTime(interaction.get("at")), zone);
		String note = Values.string(interaction.get("note"));
		return Texts.present(note) ? text + ": " + note.strip() : text;
	}

	/** {@code assessment on 2026-11-20: organisation interest met, personal interest derived: note}. */
	public static String assessment(RelationshipAssessment assessment, ZoneId zone) {
		String text = "assessment on " + Texts.day(assessment.at(), zone) + ": "
				+ half("organisation", assessment.organisationInterestMet()) + ", "
				+ half("personal", assessment.personalInterestMet());
		return Texts.present(assessment.note()) ? text + ": " + assessment.note().strip() : text;
	}

	private static String half(String name, Boolean met) {
		if (met == null) {
			return name + " interest derived";
		}
		return name + " interest " + (met ? "met" : "not met");
	}

}
