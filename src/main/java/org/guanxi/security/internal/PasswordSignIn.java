package org.guanxi.security.internal;

import java.util.List;
import java.util.Optional;

import org.guanxi.security.AuditTrail;
import org.guanxi.security.Caller;
import org.guanxi.security.User;
import org.guanxi.security.UserService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with username and password (the sign-in form and HTTP Basic on {@code POST /api/token}): checks the
 * rate limit, the password and the disabled flag, records failures in the audit trail.
 */
public class PasswordSignIn implements AuthenticationProvider {

	private final UserService users;

	private final SignInAttempts attempts;

	private final AuditTrail audit;

	public PasswordSignIn(UserService users, SignInAttempts attempts, AuditTrail audit) {
		this.users = users;
		this.attempts = attempts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().trim();
		String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		Optional<java.time.Duration> locked = this.attempts.lockedFor(username, address);
		if (locked.isPresent()) {
			this.audit.record(username, "signIn", List.of(), List.of(), "LOCKED_OUT", address);
			throw new TooManySignIns(locked.get());
		}
		Optional<User> user = this.users.check(username, password);
		if (user.isEmpty() || user.get().disabled()) {
			this.attempts.failed(username, address);
			this.audit.record(username, "signIn", List.of(), List.of(),
					user.isEmpty() ? "BAD_CREDENTIALS" : "DISABLED", address);
			throw new BadCredentialsException("Wrong username or password (or the user is disabled).");
		}
		this.attempts.succeeded(username, address);
		this.users.signedIn(username);
		Caller caller = new Caller(user.get().username(), user.get().role(), user.get().repId(), false);
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
		signedIn.setDetails(authentication.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}


}
