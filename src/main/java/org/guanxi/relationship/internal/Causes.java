package org.guanxi.relationship.internal;

import java.util.ArrayList;
import java.util.List;

import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.relationship.RelationshipSettings;

/**
 * The cause of a class change, in words: what happened (the prefix, e.g. "deal 'X' closed WON") and which half
 * changed and why.
 */
public final class Causes {

	private Causes() {
	}

	/** {@code prefix: organisation interest no longer met (no signed contract, no WON deal ...)}. */
	public static String of(String prefix, Halves halves, RelationshipSettings settings) {
		RelationshipClass from = halves.recorded();
		List<String> parts = new ArrayList<>();
		if (organisation(from) != halves.organisation()) {
			parts.add(change("organisation", halves.organisation(), halves.organisationAssessed() != null,
					halves.organisation() ? "signed contract or WON deal closed within " + settings.wonDealDays()
							+ " days" : "no signed contract, no WON deal closed within " + settings.wonDealDays() + " days"));
		}
		if (personal(from) != halves.personal()) {
			String count = settings.personalInteractions() + " positive " + String.join("/", settings.personalKinds())
					+ " within " + settings.personalDays() + " days";
			parts.add(change("personal", halves.personal(), halves.personalAssessed() != null,
					halves.personal() ? count : "fewer than " + count));
		}
		return parts.isEmpty() ? prefix : prefix + ": " + String.join("; ", parts);
	}

	private static String change(String half, boolean met, boolean assessed, String evidence) {
		return half + " interest " + (met ? "now met" : "no longer met") + " (" + (assessed ? "assessed" : evidence)
				+ ")";
	}

	private static boolean organisation(RelationshipClass c) {
		return c == RelationshipClass.SUPPLIER || c == RelationshipClass.PARTNER;
	}

	private static boolean personal(RelationshipClass c) {
		return c == RelationshipClass.FRIEND || c == RelationshipClass.PARTNER;
	}

}
