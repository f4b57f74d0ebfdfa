package org.guanxi.referral;

/**
 * An organisation to create or update; null fields keep their value. Name and kind are required on creation.
 */
public record OrganizationInput(String id, String name, String kind) {
}
