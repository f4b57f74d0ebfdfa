package org.guanxi.security;

import java.time.OffsetDateTime;

/** A new API token: what it is for, whether it may only read, and when it expires (never when left out). */
public record CreateApiTokenInput(String name, Boolean readOnly, OffsetDateTime expiresAt) {
}
