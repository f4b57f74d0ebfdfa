package org.guanxi.relationship.internal;

import java.util.ArrayList;
import java.util.List;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.relationship.RelationshipSettings;

/**
 * The cause of a class change: what happened (the prefix, e.g. "deal 'X' closed WON") and which half changed
 * and why.
 */
public final class Causes {

	private Causes() {
	}

	/** {@code prefix: organisation interest no longer met (no signed contract, no WON deal ...)}. */
	public static Text of(Text prefix, Halves halves, RelationshipSettings settings) {
		RelationshipClass from = halves.recorded();
		List<Text> parts = new ArrayList<>();
		String days = String.valueOf(settings.wonDealDays());
		if (organisation(from) != halves.organisation()) {
			parts.add(change("organisation", halves.organisation(), halves.organisationAssessed() != null,
					Text.of(halves.organisation() ? "cause.organisation.evidence" : "cause.organisation.noEvidence",
							days)));
		}
		if (personal(from) != halves.personal()) {
			Text kinds = Text.alternatives(
					settings.personalKinds().stream().map(kind -> Text.term("InteractionKind", kind)).toList());
			parts.add(change("personal", halves.personal(), halves.personalAssessed() != null,
					Text.of(halves.personal() ? "cause.personal.evidence" : "cause.personal.noEvidence",
							String.valueOf(settings.personalInteractions()), kinds,
							String.valueOf(settings.personalDays()))));
		}
		return parts.isEmpty() ? prefix : Text.of("cause.withChanges", prefix, Text.items(parts));
	}

	private static Text change(String half, boolean met, boolean assessed, Text evidence) {
		return Text.of("cause." + half + (met ? ".nowMet" : ".noLongerMet"),
				assessed ? Text.of("cause.assessed") : evidence);
	}

	private static boolean organisation(RelationshipClass c) {
		return c == RelationshipClass.SUPPLIER || c == RelationshipClass.PARTNER;
	}

	private static boolean personal(RelationshipClass c) {
		return c == RelationshipClass.FRIEND || c == RelationshipClass.PARTNER;
	}

}
