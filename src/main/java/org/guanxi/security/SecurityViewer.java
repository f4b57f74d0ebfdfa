package org.guanxi.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanxi.core.Viewer;
import org.guanxi.core.Visibility;
import org.guanxi.graph.Cypher;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see, from their role and linked rep, worked out once per request: ADMIN
 * everything; MANAGER the accounts of every rep of their rep's team and the unowned ones; REP their own.
 * <p>
 * Work that runs outside any request (start-up, scheduled jobs, the command line, whose operator is an admin)
 * has no authentication and sees everything; an anonymous request sees nothing.
 */
@Component
class SecurityViewer implements Viewer {

	private static final Visibility NOTHING = new Visibility(false, List.of(), false);

	private final Cypher cypher;

	private final SignInCache signIns;

	SecurityViewer(Cypher cypher, SignInCache signIns) {
		this.cypher = cypher;
		this.signIns = signIns;
	}

	@Override
	public Visibility visibility() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Visibility.everything();
		}
		if (authentication instanceof CallerAuthentication signedIn) {
			return signedIn.visibility(this::of);
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return NOTHING;
		}
		return Callers.of(authentication).map(this::of).orElse(NOTHING);
	}

	@Override
	public Optional<String> ownerOfNewAccounts() {
		return Callers.current().filter(caller -> caller.role() == Role.REP).map(Caller::repId);
	}

	Visibility of(Caller caller) {
		return switch (caller.role()) {
			case ADMIN -> Visibility.everything();
			case MANAGER -> Visibility.managedBy(caller.repId(), caller.repId() == null ? null : team(caller.repId()));
			case REP -> new Visibility(false, caller.repId() == null ? List.of() : List.of(caller.repId()), false);
		};
	}

	/**
	 * The team of a rep (null when the rep has none or is gone), kept with the sign-in ({@link SignInCache}): a
	 * manager whose rep is moved to another team through Guanxi sees the new team's accounts at the next request.
	 * Read like every query (in the current transaction, or a READ session of its own); the query does not take
	 * {@code $visibility}: it decides it.
	 */
	private String team(String repId) {
		return this.signIns.team(repId, () -> this.cypher.query("security/repTeam", Map.of("repId", repId))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("team").isNull() ? null : row.get("team").asString())
			.one()).orElse(null);
	}

}
