package org.guanxi.relationship.internal;

import java.util.List;

import org.guanxi.relationship.RelationshipChange;
import org.guanxi.stakeholder.RelationshipClass;

/**
 * Which of the two roads to partner a contact took, read from the history: the first step out of OUTSIDER on the
 * latest climb to PARTNER. OUTSIDER → FRIEND → ... → PARTNER is VIA_FRIEND, OUTSIDER → SUPPLIER → ... → PARTNER
 * is VIA_SUPPLIER; a direct jump from OUTSIDER to PARTNER, or a contact that is not a partner, has no road.
 */
public final class Road {

	public static final String VIA_FRIEND = "VIA_FRIEND";

	public static final String VIA_SUPPLIER = "VIA_SUPPLIER";

	private Road() {
	}

	/** The road of a contact whose current class is {@code classification}, from its history (oldest first). */
	public static String of(RelationshipClass classification, List<RelationshipChange> history) {
		if (classification != RelationshipClass.PARTNER) {
			return null;
		}
		int arrival = lastArrivalAtPartner(history);
		for (int i = arrival; i >= 0; i--) {
			RelationshipChange change = history.get(i);
			if (change.from() == RelationshipClass.OUTSIDER) {
				return road(change.to());
			}
		}
		return null;
	}

	private static int lastArrivalAtPartner(List<RelationshipChange> history) {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).to() == RelationshipClass.PARTNER) {
				return i;
			}
		}
		return -1;
	}

	private static String road(RelationshipClass firstStep) {
		return switch (firstStep) {
			case FRIEND -> VIA_FRIEND;
			case SUPPLIER -> VIA_SUPPLIER;
			default -> null;
		};
	}

}
