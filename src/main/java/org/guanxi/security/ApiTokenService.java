package org.guanxi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanxi.core.InvalidInput;
import org.guanxi.graph.Cypher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens: the sign-in tokens of {@code POST /api/token} and the named API tokens of scripts and
 * dashboards. A token is 256 random bits; only its SHA-256 hash is stored.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	static final String PREFIX = "gx_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Cypher cypher;

	private final Clock clock;

	private final SecuritySettings settings;

	private final SignInCache signIns;

	/** The read-only transaction of a lookup the sign-in cache cannot answer. */
	private final TransactionTemplate lookups;

	ApiTokenService(Cypher cypher, Clock clock, SecuritySettings settings, SignInCache signIns,
			PlatformTransactionManager transactions) {
		this.cypher = cypher;
		this.clock = clock;
		this.settings = settings;
		this.signIns = signIns;
		this.lookups = new TransactionTemplate(transactions);
		this.lookups.setReadOnly(true);
	}

	/** A read-write token for the user, valid for the configured token lifetime ({@code POST /api/token}). */
	@Transactional
	public IssuedToken signIn(String username) {
		return store(username, "sign-in", false, "SIGN_IN", now().plus(this.settings.tokenLifetime()));
	}

	/** A named API token of the caller. */
	@Transactional
	public IssuedToken create(Caller caller, CreateApiTokenInput input) {
		String name = input.name() == null ? "" : input.name().trim();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidInput("name is required (1 to 100 characters): say what the token is for, e.g. \"weekly dashboard\".");
		}
		if (input.expiresAt() != null && !input.expiresAt().isAfter(now())) {
			throw new InvalidInput("expiresAt " + input.expiresAt() + " is not in the future; give a later time or leave it out.");
		}
		return store(caller.username(), name, Boolean.TRUE.equals(input.readOnly()), "API", input.expiresAt());
	}

	/** The caller's API tokens (everyone's for an ADMIN), newest first. */
	public List<ApiToken> list(Caller caller) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", caller.role() == Role.ADMIN ? null : caller.username());
		return List.copyOf(this.cypher.query("security/tokens", parameters)
			.fetchAs(ApiToken.class)
			.mappedBy((types, row) -> ApiToken.from(row.get("t").asNode(), row.get("username").asString()))
			.all());
	}

	/** Revokes one of the caller's tokens (any token for an ADMIN); NOT_FOUND otherwise. */
	@Transactional
	public ApiToken revoke(Caller caller, String id) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("username", caller.role() == Role.ADMIN ? null : caller.username());
		parameters.put("now", now());
		this.signIns.changed();
		return this.cypher.query("security/revokeToken", parameters)
			.fetchAs(ApiToken.class)
			.mappedBy((types, row) -> ApiToken.from(row.get("t").asNode(), row.get("username").asString()))
			.one()
			.orElseThrow(() -> new ApiTokenNotFound(id));
	}

	/**
	 * The caller a token stands for, when it is a usable token (known, not revoked, not expired, user enabled). A
	 * token the sign-in cache knows costs no transaction and no round trip to the database; one it does not know
	 * is read in a read-only transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Caller> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = hash(token);
		return this.signIns.token(hash, () -> this.lookups.execute(status -> this.cypher
			.query("security/tokenByHash", Map.of("hash", hash, "now", now()))
			.fetchAs(SignInCache.TokenCaller.class)
			.mappedBy((types, row) -> new SignInCache.TokenCaller(
					User.from(row.get("u").asNode(), row.get("rep"))
						.caller(row.get("t").asNode().get("readOnly").asBoolean(false)),
					User.time(row.get("t").asNode().get("expiresAt"))))
			.one()));
	}

	private IssuedToken store(String username, String name, boolean readOnly, String kind, OffsetDateTime expiresAt) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		byte[] id = new byte[6];
		RANDOM.nextBytes(id);
		parameters.put("id", "tok-" + HexFormat.of().formatHex(id));
		parameters.put("name", name);
		parameters.put("hash", hash(token));
		parameters.put("readOnly", readOnly);
		parameters.put("kind", kind);
		parameters.put("now", now());
		parameters.put("expiresAt", expiresAt);
		ApiToken stored = this.cypher.query("security/createToken", parameters)
			.fetchAs(ApiToken.class)
			.mappedBy((types, row) -> ApiToken.from(row.get("t").asNode(), row.get("username").asString()))
			.one()
			.orElseThrow(() -> new UserNotFound(username));
		return new IssuedToken(token, stored);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
