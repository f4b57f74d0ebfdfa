package org.guanxi.tiering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of tiers, visits and follow-ups ({@code guanxi.tiering.*}).
 *
 * @param aThreshold default ABC threshold: an account is A while the cumulative revenue share before it is below
 * @param bThreshold default ABC threshold: B while the cumulative share before it is below (else C)
 * @param visits the visit cadence per ABC class
 * @param followUps the follow-up rules for new prospects and won customers
 * @param opportunity the thresholds of the suggested opportunity tier
 */
@ConfigurationProperties("guanxi.tiering")
public record TierSettings(@DefaultValue("0.55") double aThreshold, @DefaultValue("0.85") double bThreshold,
		@DefaultValue Visits visits, @DefaultValue FollowUps followUps, @DefaultValue Opportunity opportunity) {

	/**
	 * Visits a month per ABC class.
	 *
	 * @param a visits a month of an A account
	 * @param b visits a month of a B account
	 * @param c visits a month of a C account
	 * @param monthDays the days of a "month" in allowedDays = monthDays / visits
	 * @param firstWeekDays A accounts get their first visit of the month by this day of the month
	 */
	public record Visits(@DefaultValue("3") int a, @DefaultValue("2") int b, @DefaultValue("1") int c,
			@DefaultValue("30") double monthDays, @DefaultValue("7") int firstWeekDays) {

		/** Visits a month for an ABC class. */
		public int perMonth(AbcClass abcClass) {
			return switch (abcClass) {
				case A -> this.a;
				case B -> this.b;
				case C -> this.c;
			};
		}

		/** The most days allowed between two visits for an ABC class. */
		public double allowedDays(AbcClass abcClass) {
			return this.monthDays / perMonth(abcClass);
		}

	}

	/**
	 * Follow-up rules.
	 *
	 * @param prospectWithin a new prospect must be contacted within this time of becoming a prospect
	 * @param firstCallDays after a won deal: first call within this many days of the close date
	 * @param thankYouCallDays after a won deal: thank-you and satisfaction call within this many days
	 * @param contactEveryDays after a won deal: at most this many days without contact
	 * @param lookAheadDays periodic contacts are listed from this many days before they are due
	 */
	public record FollowUps(@DefaultValue("24h") Duration prospectWithin, @DefaultValue("3") int firstCallDays,
			@DefaultValue("7") int thankYouCallDays, @DefaultValue("90") int contactEveryDays,
			@DefaultValue("7") int lookAheadDays) {
	}

	/**
	 * Thresholds of the suggested opportunity tier of an open deal.
	 *
	 * @param bigDealAmount a deal of at least this amount is big
	 * @param soonDays a deal expected to close within this many days (or already past its expected close) is soon
	 * @param horizonDays a small deal expected beyond this many days, or without expected close, is D (else C)
	 */
	public record Opportunity(@DefaultValue("500000") double bigDealAmount, @DefaultValue("90") int soonDays,
			@DefaultValue("365") int horizonDays) {
	}

}
