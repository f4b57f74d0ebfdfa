package org.guanxi.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request, from the security context.
 */
public final class Callers {

	private Callers() {
	}

	/** The signed-in caller of this thread's request, if any. */
	public static Optional<Caller> current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Optional<Caller> of(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}

}
