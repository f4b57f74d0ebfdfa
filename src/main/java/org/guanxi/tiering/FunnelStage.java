package org.guanxi.tiering;

import org.guanxi.account.Lifecycle;

/**
 * One stage of the funnel.
 *
 * @param stage the lifecycle stage
 * @param accounts accounts now at this stage
 * @param reached accounts that got at least this far (POTENTIAL: all; PROSPECT: prospects, retained and lost)
 */
public record FunnelStage(Lifecycle stage, int accounts, int reached) {
}
