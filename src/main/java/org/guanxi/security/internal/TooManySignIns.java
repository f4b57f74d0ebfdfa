package org.guanxi.security.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username from this address, or from this address: wait and retry. */
public class TooManySignIns extends AuthenticationException {

	private final Duration retryAfter;

	public TooManySignIns(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
