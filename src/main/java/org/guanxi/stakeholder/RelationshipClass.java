package org.guanxi.stakeholder;

/**
 * The four kinds of trust relationship (互信关系的四种类型).
 */
public enum RelationshipClass {

	/** Neither the organisation's nor the personal interest is met (局外人). */
	OUTSIDER,
	/** Only the personal interest is met (朋友). */
	FRIEND,
	/** Only the organisation's interest is met (供应商). */
	SUPPLIER,
	/** Both are met (合作伙伴). */
	PARTNER;

	public static RelationshipClass of(boolean organisationInterestMet, boolean personalInterestMet) {
		if (organisationInterestMet) {
			return personalInterestMet ? PARTNER : SUPPLIER;
		}
		return personalInterestMet ? FRIEND : OUTSIDER;
	}

}
