package org.guanxi.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.guanxi.core.InvalidInput;
import org.guanxi.graph.Cypher;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users kept in the graph: creating, changing, disabling them, and checking their passwords (stored as bcrypt
 * hashes, never in clear).
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

	private final Cypher cypher;

	private final Clock clock;

	private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	/** A hash of a random password, checked when the username is unknown so that both cases take as long. */
	private final String noUserHash = this.passwords.encode(UUID.randomUUID().toString());

	private final SignInCache signIns;

	UserService(Cypher cypher, Clock clock, SignInCache signIns) {
		this.cypher = cypher;
		this.clock = clock;
		this.signIns = signIns;
	}

	/** All users by username. */
	public List<User> all() {
		return List.copyOf(this.cypher.query("security/all")
			.fetchAs(User.class)
			.mappedBy((types, row) -> User.from(row.get("u").asNode(), row.get("rep")))
			.all());
	}

	public Optional<User> find(String username) {
		return this.cypher.query("security/byUsername", Map.of("username", username == null ? "" : username))
			.fetchAs(User.class)
			.mappedBy((types, row) -> User.from(row.get("u").asNode(), row.get("rep")))
			.one();
	}

	public User get(String username) {
		return find(username).orElseThrow(() -> new UserNotFound(username));
	}

	/** Whether any user exists. */
	public boolean anyUser() {
		return this.cypher.one("security/anyUser", Map.of(), row -> row.get("exists").asBoolean());
	}

	/** Creates a user; BAD_REQUEST for a bad or taken username, a weak password or an unknown rep. */
	@Transactional
	public User create(CreateUserInput input) {
		String username = checkUsername(input.username());
		checkPassword(input.password());
		if (input.role() == null) {
			throw new InvalidInput("role is required: ADMIN, MANAGER or REP.");
		}
		if (find(username).isPresent()) {
			throw new InvalidInput("User '" + username + "' already exists; choose another username or use updateUser.");
		}
		String repId = blankToNull(input.repId());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("passwordHash", this.passwords.encode(input.password()));
		parameters.put("role", input.role().name());
		parameters.put("repId", repId);
		parameters.put("now", now());
		this.signIns.changed();
		return this.cypher.query("security/create", parameters)
			.fetchAs(User.class)
			.mappedBy((types, row) -> User.from(row.get("u").asNode(), row.get("rep")))
			.one()
			.orElseThrow(() -> unknownRep(repId));
	}

	/** Changes the role, rep link or disabled flag of a user. */
	@Transactional
	public User update(UpdateUserInput input) {
		User user = get(input.username());
		Map<String, Object> props = new HashMap<>();
		if (input.role() != null) {
			props.put("role", input.role().name());
		}
		if (input.disabled() != null) {
			props.put("disabled", input.disabled());
		}
		boolean demoted = input.role() != null && input.role() != Role.ADMIN;
		if (user.role() == Role.ADMIN && !user.disabled() && (demoted || Boolean.TRUE.equals(input.disabled()))) {
			checkNotLastAdmin(user.username());
		}
		if (input.repId() != null) {
			String repId = blankToNull(input.repId());
			Map<String, Object> link = new HashMap<>();
			link.put("username", user.username());
			link.put("repId", repId);
			if (this.cypher.query("security/linkRep", link).fetch().one().isEmpty()) {
				throw unknownRep(repId);
			}
		}
		if (Boolean.TRUE.equals(input.disabled())) {
			revokeTokens(user.username());
		}
		return set(user.username(), props);
	}

	/** Disables a user: no more sign-ins, every token revoked. */
	@Transactional
	public User disable(String username) {
		return update(new UpdateUserInput(username, null, null, true));
	}

	/** Sets a new password and revokes the user's tokens. */
	@Transactional
	public User resetPassword(String username, String password) {
		User user = get(username);
		checkPassword(password);
		revokeTokens(user.username());
		return set(user.username(), Map.of("passwordHash", this.passwords.encode(password)));
	}

	/**
	 * The enabled user with this username and password, if the password is right. Takes as long for an unknown
	 * username as for a wrong password.
	 */
	public Optional<User> check(String username, String password) {
		Optional<StoredUser> stored = this.cypher
			.query("security/byUsername", Map.of("username", username == null ? "" : username))
			.fetchAs(StoredUser.class)
			.mappedBy((types, row) -> new StoredUser(User.from(row.get("u").asNode(), row.get("rep")),
					row.get("u").asNode().get("passwordHash").asString()))
			.one();
		String hash = stored.map(StoredUser::passwordHash).orElse(this.noUserHash);
		boolean matches = password != null && matchesSafely(password, hash);
		return stored.filter(s -> matches).map(StoredUser::user);
	}

	@Transactional
	public void signedIn(String username) {
		this.cypher.query("security/signedIn", Map.of("username", username, "now", now())).run();
	}

	private boolean matchesSafely(String password, String hash) {
		try {
			return this.passwords.matches(password, hash);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void revokeTokens(String username) {
		this.signIns.changed();
		this.cypher.query("security/revokeUserTokens", Map.of("username", username, "now", now())).run();
	}

	private void checkNotLastAdmin(String username) {
		long others = all().stream()
			.filter(u -> u.role() == Role.ADMIN && !u.disabled() && !u.username().equals(username))
			.count();
		if (others == 0) {
			throw new InvalidInput("'" + username + "' is the last enabled ADMIN; create or enable another ADMIN first.");
		}
	}

	private User set(String username, Map<String, Object> props) {
		this.signIns.changed();
		return this.cypher.query("security/update", Map.of("username", username, "props", props))
			.fetchAs(User.class)
			.mappedBy((types, row) -> User.from(row.get("u").asNode(), row.get("rep")))
			.one()
			.orElseThrow(() -> new UserNotFound(username));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static String checkUsername(String username) {
		String name = username == null ? "" : username.trim();
		if (!USERNAME.matcher(name).matches()) {
			throw new InvalidInput("username '" + name
					+ "' is not valid: 2 to 64 characters, lower-case letters, digits and . _ @ - (e.g. li.na).");
		}
		return name;
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < 8) {
			throw new InvalidInput("password is too short: use at least 8 characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new InvalidInput("password is too long: at most 72 bytes (bcrypt ignores the rest).");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static InvalidInput unknownRep(String repId) {
		return new InvalidInput("repId: no sales rep '" + repId
				+ "'; give the id of an existing rep (see salesReps) or create it first with upsertSalesRep.");
	}

	private record StoredUser(User user, String passwordHash) {
	}

}
