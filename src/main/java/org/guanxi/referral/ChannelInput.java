package org.guanxi.referral;

/**
 * A channel to create or update; null fields keep their value. Name and kind are required on creation.
 */
public record ChannelInput(String id, String name, String kind) {
}
