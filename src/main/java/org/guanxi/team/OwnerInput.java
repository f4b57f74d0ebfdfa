package org.guanxi.team;

/**
 * A sales rep and an account it owns (or is to own).
 */
public record OwnerInput(String repId, String accountId) {
}
