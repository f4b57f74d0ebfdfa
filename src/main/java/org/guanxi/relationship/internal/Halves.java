package org.guanxi.relationship.internal;

import java.util.Map;

import org.guanxi.stakeholder.RelationshipClass;

/**
 * The two halves of one relationship: derived from evidence, assessed (null = not assessed), and the class last
 * recorded in the history.
 */
public record Halves(String personId, boolean organisationDerived, boolean personalDerived,
		Boolean organisationAssessed, Boolean personalAssessed, RelationshipClass recorded) {

	/** From a row of {@code relationship/halves} or {@code relationship/view}. */
	public static Halves from(Map<String, Object> row) {
		String recorded = Values.string(row.get("recorded"));
		return new Halves(Values.string(row.get("id")), Boolean.TRUE.equals(row.get("organisationDerived")),
				Boolean.TRUE.equals(row.get("personalDerived")), Values.flag(row.get("organisationAssessed")),
				Values.flag(row.get("personalAssessed")),
				recorded == null ? RelationshipClass.OUTSIDER : RelationshipClass.valueOf(recorded));
	}

	public Halves withDerived(boolean organisation, boolean personal) {
		return new Halves(this.personId, organisation, personal, this.organisationAssessed, this.personalAssessed,
				this.recorded);
	}

	public boolean organisation() {
		return this.organisationAssessed != null ? this.organisationAssessed : this.organisationDerived;
	}

	public boolean personal() {
		return this.personalAssessed != null ? this.personalAssessed : this.personalDerived;
	}

	/** True when no assessment decides either half. */
	public boolean derived() {
		return this.organisationAssessed == null && this.personalAssessed == null;
	}

	public RelationshipClass classification() {
		return RelationshipClass.of(organisation(), personal());
	}

	/** True when the current class differs from the class last recorded. */
	public boolean drifted() {
		return classification() != this.recorded;
	}

}
