package org.guanxi.tiering;

/**
 * How the funnel splits its accounts into groups: by owning rep, by lead source (source type and organisation or
 * channel kind), or by the kind of lead source of the referral-source report.
 */
public enum FunnelGroupBy {

	REP, LEAD_SOURCE, LEAD_SOURCE_KIND

}
