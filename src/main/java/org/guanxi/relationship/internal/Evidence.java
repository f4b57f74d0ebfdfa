package org.guanxi.relationship.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Text;
import org.guanxi.relationship.RelationshipAssessment;

/**
 * The evidence behind the halves, in words: the signed contract, the WON deals and the personal interactions
 * that count (as returned by {@code relationship/view}), and the current assessment.
 */
public final class Evidence {

	private Evidence() {
	}

	public static List<Text> of(boolean signed, List<Map<String, Object>> wonDeals,
			List<Map<String, Object>> personal, RelationshipAssessment assessment, String currency, ZoneId zone) {
		List<Text> evidence = new ArrayList<>();
		if (signed) {
			evidence.add(Text.of("evidence.signed"));
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
	public static Text deal(Map<String, Object> deal, String currency) {
		return Text.of("evidence.wonDeal", deal.get("name"), deal.get("closedAt"),
				Texts.money(currency, Values.number(deal.get("amount"))));
	}

	/** {@code MEAL on 2026-10-02: note}. */
	public static Text interaction(Map<String, Object> interaction, ZoneId zone) {
		Text kind = Text.term("InteractionKind", interaction.get("kind"));
		Object day = Texts.day(Values.dateTime(interaction.get("at")), zone);
		String note = Values.string(interaction.get("note"));
		return Texts.present(note) ? Text.of("evidence.interaction.note", kind, day, note.strip())
				: Text.of("evidence.interaction", kind, day);
	}

	/** {@code assessment on 2026-11-20: organisation interest met, personal interest derived: note}. */
	public static Text assessment(RelationshipAssessment assessment, ZoneId zone) {
		Object day = Texts.day(assessment.at(), zone);
		Text organisation = half("organisation", assessment.organisationInterestMet());
		Text personal = half("personal", assessment.personalInterestMet());
		return Texts.present(assessment.note())
				? Text.of("evidence.assessment.note", day, organisation, personal, assessment.note().strip())
				: Text.of("evidence.assessment", day, organisation, personal);
	}

	private static Text half(String name, Boolean met) {
		return Text.of("half." + name + "." + (met == null ? "derived" : met ? "met" : "notMet"));
	}

}
