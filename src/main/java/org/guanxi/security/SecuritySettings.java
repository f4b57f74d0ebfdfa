package org.guanxi.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code guanxi.security.*}).
 *
 * @param adminPassword the password of the {@code admin} user created on first start; random when unset
 * @param tokenLifetime how long a token of {@code POST /api/token} is valid
 * @param signIn limits on failed sign-ins
 * @param jwt company single sign-on: JWTs of the company's identity provider
 * @param signInCache how long a request's sign-in lookups (the user of a bearer token or browser session) are kept for
 * the next requests; changes made through this instance take effect at once, others within this time; 0 keeps
 * nothing
 */
@ConfigurationProperties("guanxi.security")
public record SecuritySettings(String adminPassword, @DefaultValue("12h") Duration tokenLifetime,
		@DefaultValue SignIn signIn, @DefaultValue Jwt jwt, @DefaultValue("10s") Duration signInCache) {

	/**
	 * Failed sign-ins are limited per user and address, and per address.
	 *
	 * @param maxFailures failed sign-ins of one username from one address before it is locked out
	 * @param maxFailuresPerAddress failed sign-ins from one address (any usernames) before it is locked out
	 * @param lockout the window in which failures count, and how long a lock-out lasts
	 */
	public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("5m") Duration lockout) {
	}

	/**
	 * JWTs from the company's identity provider (OAuth2 resource server), accepted when an issuer or JWK set is
	 * configured.
	 *
	 * @param issuerUri the issuer (its OpenID configuration gives the keys; tokens must name it as {@code iss})
	 * @param jwkSetUri the JWK set with the signing keys, when no issuer is given
	 * @param usernameClaim the claim with the username ({@code sub} when the token has none)
	 * @param roleClaim the claim with the role: a string or a list of strings; the highest known role wins
	 * @param repClaim the claim with the id of the sales rep the user is
	 * @param roles the identity provider's role names mapped to Guanxi roles, e.g. {@code sales-lead: MANAGER};
	 * the names ADMIN, MANAGER and REP (any case) are always understood
	 */
	public record Jwt(String issuerUri, String jwkSetUri, @DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("guanxi_role") String roleClaim, @DefaultValue("guanxi_rep") String repClaim,
			Map<String, Role> roles) {

		public boolean enabled() {
			return has(this.issuerUri) || has(this.jwkSetUri);
		}

		private static boolean has(String value) {
			return value != null && !value.isBlank();
		}

	}

}
