package org.guanxi.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.guanxi.core.Connection;
import org.guanxi.core.PageRequest;
import org.guanxi.team.SalesRep;
import org.guanxi.team.SalesRepService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL face of users, tokens and the audit trail. Who may call what is decided by {@link Permissions}.
 */
@Controller
class SecurityController {

	private final UserService users;

	private final ApiTokenService tokens;

	private final AuditTrail audit;

	private final SalesRepService reps;

	SecurityController(UserService users, ApiTokenService tokens, AuditTrail audit, SalesRepService reps) {
		this.users = users;
		this.tokens = tokens;
		this.audit = audit;
		this.reps = reps;
	}

	@QueryMapping
	Me me(DataFetchingEnvironment env) {
		Caller caller = GraphQlGuard.caller(env);
		return new Me(caller.username(), caller.role(), caller.repId(), caller.readOnly());
	}

	@SchemaMapping(typeName = "Me")
	SalesRep rep(Me me) {
		return me.repId() == null ? null : this.reps.find(me.repId()).orElse(null);
	}

	@QueryMapping
	List<User> users() {
		return this.users.all();
	}

	@BatchMapping(typeName = "User", field = "rep")
	Map<User, SalesRep> userReps(List<User> users) {
		Map<String, SalesRep> found = this.reps
			.byIds(users.stream().map(User::repId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return users.stream()
			.filter(u -> u.repId() != null && found.containsKey(u.repId()))
			.collect(Collectors.toMap(Function.identity(), u -> found.get(u.repId()), (a, b) -> a));
	}

	@MutationMapping
	User createUser(@Argument CreateUserInput input) {
		return this.users.create(input);
	}

	@MutationMapping
	User updateUser(@Argument UpdateUserInput input) {
		return this.users.update(input);
	}

	@MutationMapping
	User disableUser(@Argument String username) {
		return this.users.disable(username);
	}

	@MutationMapping
	User resetPassword(@Argument String username, @Argument String password) {
		return this.users.resetPassword(username, password);
	}

	@QueryMapping
	List<ApiToken> apiTokens(DataFetchingEnvironment env) {
		return this.tokens.list(GraphQlGuard.caller(env));
	}

	@MutationMapping
	IssuedToken createApiToken(@Argument CreateApiTokenInput input, DataFetchingEnvironment env) {
		return this.tokens.create(GraphQlGuard.caller(env), input);
	}

	@MutationMapping
	ApiToken revokeApiToken(@Argument String id, DataFetchingEnvironment env) {
		return this.tokens.revoke(GraphQlGuard.caller(env), id);
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument OffsetDateTime from, @Argument OffsetDateTime to,
			@Argument String username, @Argument Integer first, @Argument String after) {
		return this.audit.page(from, to, username, PageRequest.of(first, after));
	}

}
