package org.guanxi.tiering;

/**
 * The conversion rate between two stages: accounts that reached {@code to} / accounts that reached {@code from}
 * (0 when none reached {@code from}).
 */
public record FunnelConversion(String from, String to, double rate) {
}
