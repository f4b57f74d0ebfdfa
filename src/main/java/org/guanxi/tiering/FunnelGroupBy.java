package org.guanxi.tiering;

/** How the funnel splits its accounts into groups: by owning rep or by lead source. */
public enum FunnelGroupBy {

	REP, LEAD_SOURCE

}
