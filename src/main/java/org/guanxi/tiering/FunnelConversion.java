package org.guanxi.tiering;

import org.guanxi.account.Lifecycle;

/**
 * The conversion rate between two stages: accounts that reached {@code to} / accounts that reached {@code from}
 * (0 when none reached {@code from}).
 */
public record FunnelConversion(Lifecycle from, Lifecycle to, double rate) {
}
