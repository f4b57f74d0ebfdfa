package org.guanxi.referral.analytics;

import java.util.List;

/**
 * The kind of a referral source in reports (domain.md, "Referrals and lead sources"), one classification for the
 * referral-source report and the funnel's lead sources:
 * <ul>
 * <li>{@code CUSTOMER}: an {@code Account}, or a {@code Person} working at an account that is RETAINED, signed
 * or VIP (existing customers and their staff);</li>
 * <li>{@code PERSONAL_NETWORK}: any other {@code Person} (relatives, friends, classmates, acquaintances);</li>
 * <li>{@code PARTNER_ORGANIZATION}: an {@code Organization} of any kind (insurers, offices, associations,
 * partner companies);</li>
 * <li>{@code EVENT}: a {@code Channel} of kind EVENT;</li>
 * <li>{@code MEDIA}: any other {@code Channel} (media, website, direct mail, walk-in, other).</li>
 * </ul>
 */
public enum SourceKind {

	CUSTOMER("customer 老客户"), PARTNER_ORGANIZATION("partner organisation 合作机构"),
	PERSONAL_NETWORK("personal network 亲友人脉"), EVENT("event 活动"), MEDIA("media 媒体渠道");

	private final String label;

	SourceKind(String label) {
		this.label = label;
	}

	/** A readable bilingual label. */
	public String label() {
		return this.label;
	}

	/**
	 * The kind of a source node.
	 * @param labels the node's labels
	 * @param nodeKind the node's {@code kind} property (organisations and channels)
	 * @param customerAccount for a person: whether their account is RETAINED, signed or VIP
	 */
	public static SourceKind of(List<String> labels, String nodeKind, boolean customerAccount) {
		if (labels.contains("Account")) {
			return CUSTOMER;
		}
		if (labels.contains("Person")) {
			return customerAccount ? CUSTOMER : PERSONAL_NETWORK;
		}
		if (labels.contains("Organization")) {
			return PARTNER_ORGANIZATION;
		}
		return "EVENT".equals(nodeKind) ? EVENT : MEDIA;
	}

}
