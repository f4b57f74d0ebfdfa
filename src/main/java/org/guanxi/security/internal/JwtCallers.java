package org.guanxi.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guanxi.security.Caller;
import org.guanxi.security.CallerAuthentication;
import org.guanxi.security.Role;
import org.guanxi.security.SecuritySettings;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a JWT of the company's identity provider into a caller, by the configured claims.
 */
public class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecuritySettings.Jwt settings;

	public JwtCallers(SecuritySettings.Jwt settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = Optional.ofNullable(jwt.getClaimAsString(this.settings.usernameClaim()))
			.filter(s -> !s.isBlank())
			.orElse(jwt.getSubject());
		if (username == null || username.isBlank()) {
			throw new InvalidBearerTokenException("The token names no user: it has neither the claim '"
					+ this.settings.usernameClaim() + "' nor 'sub'.");
		}
		Role role = role(jwt.getClaims().get(this.settings.roleClaim())).orElseThrow(
				() -> new InvalidBearerTokenException("The token gives no Guanxi role: its claim '"
						+ this.settings.roleClaim() + "' must hold ADMIN, MANAGER or REP (or a name mapped with "
						+ "guanxi.security.jwt.roles)."));
		String rep = jwt.getClaimAsString(this.settings.repClaim());
		return new CallerAuthentication(new Caller(username, role, rep == null || rep.isBlank() ? null : rep, false));
	}

	private Optional<Role> role(Object claim) {
		Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
		return values.stream().map(String::valueOf).map(this::role).flatMap(Optional::stream).max(Role::compareTo);
	}

	private Optional<Role> role(String value) {
		Map<String, Role> mapped = this.settings.roles() == null ? Map.of() : this.settings.roles();
		if (mapped.containsKey(value)) {
			return Optional.of(mapped.get(value));
		}
		try {
			return Optional.of(Role.valueOf(value.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
