package org.guanxi.referral.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the referral analytics ({@code guanxi.referral.analytics.*}).
 *
 * @param decay weight of indirect revenue: revenue at depth d counts decay^(d-1) (0..1)
 * @param maxDepth default depth of referral trees and of the top-referrers ranking
 * @param maxDepthCap the largest depth a tree may be asked for; larger requests are capped to it
 * @param chainMaxLength the most links a referral chain follows back (a guard against pathological data)
 */
@ConfigurationProperties("guanxi.referral.analytics")
public record ReferralAnalyticsSettings(@DefaultValue("0.5") double decay, @DefaultValue("5") int maxDepth,
		@DefaultValue("10") int maxDepthCap, @DefaultValue("100") int chainMaxLength) {
}
