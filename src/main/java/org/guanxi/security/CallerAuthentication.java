package org.guanxi.security;

import java.util.List;
import java.util.function.Function;

import org.guanxi.core.Visibility;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of one request: the caller, and what they may see, worked out at most once per request.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	private transient volatile Visibility visibility;

	public CallerAuthentication(Caller caller) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
		this.caller = caller;
		setAuthenticated(true);
	}

	public Caller caller() {
		return this.caller;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.caller;
	}

	@Override
	public String getName() {
		return this.caller.username();
	}

	Visibility visibility(Function<Caller, Visibility> compute) {
		Visibility known = this.visibility;
		if (known == null) {
			known = compute.apply(this.caller);
			this.visibility = known;
		}
		return known;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CallerAuthentication that && that.caller.equals(this.caller) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return this.caller.hashCode();
	}

}
