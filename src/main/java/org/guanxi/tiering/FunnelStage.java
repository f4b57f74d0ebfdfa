package org.guanxi.tiering;

/**
 * One stage of the funnel.
 *
 * @param stage POTENTIAL, PROSPECT, RETAINED or LOST
 * @param accounts accounts now at this stage
 * @param reached accounts that got at least this far (POTENTIAL: all; PROSPECT: prospects, retained and lost)
 */
public record FunnelStage(String stage, int accounts, int reached) {
}
