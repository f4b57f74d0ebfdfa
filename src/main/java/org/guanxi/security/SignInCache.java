package org.guanxi.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.guanxi.core.events.SalesRepsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a request's sign-in looked up in the graph, kept for a few seconds ({@code guanxi.security.sign-in-cache},
 * default 10s; 0 keeps nothing): the user and token a bearer token stands for, the user behind a browser
 * session, and the team of a manager's rep. Without it every request would pay a round trip to the database
 * before its own work.
 * <p>
 * Every change made through this instance (a token revoked, a user created, changed, disabled or given a new
 * password, a sales rep created, changed, deleted or imported) empties it, at once and again after its
 * transaction ends, so it takes effect on the next request. Unknown tokens are never kept. A change made
 * elsewhere (another Guanxi instance on the same cluster, a script writing to the database) takes effect within
 * the configured time.
 */
@Component
class SignInCache {

	/** The caller a token stands for, and until when the token is valid (null: no expiry). */
	record TokenCaller(Caller caller, OffsetDateTime expiresAt) {
	}

	private final Cache<String, Object> entries;

	private final Clock clock;

	private final boolean keeps;

	SignInCache(SecuritySettings settings, Clock clock) {
		this.clock = clock;
		Duration keep = settings.signInCache();
		this.keeps = !keep.isNegative() && !keep.isZero();
		this.entries = Caffeine.newBuilder()
			.expireAfterWrite(this.keeps ? keep : Duration.ofMillis(1))
			.maximumSize(10_000)
			.build();
	}

	/** The caller of the token with this hash, when the token is usable now. */
	Optional<Caller> token(String hash, Supplier<Optional<TokenCaller>> lookup) {
		TokenCaller known = this.keeps ? (TokenCaller) this.entries.getIfPresent("token:" + hash) : null;
		if (known == null) {
			known = lookup.get().orElse(null);
			if (known != null && this.keeps) {
				this.entries.put("token:" + hash, known);
			}
		}
		if (known == null || (known.expiresAt() != null && !known.expiresAt().isAfter(OffsetDateTime.now(this.clock)))) {
			return Optional.empty();
		}
		return Optional.of(known.caller());
	}

	/** The user with this username, as the database had it at most the configured time ago. */
	@SuppressWarnings("unchecked")
	Optional<User> user(String username, Supplier<Optional<User>> lookup) {
		return this.keeps ? (Optional<User>) this.entries.get("user:" + username, key -> lookup.get()) : lookup.get();
	}

	/** The team of a sales rep (empty: none, or no such rep), as the database had it at most the configured time ago. */
	@SuppressWarnings("unchecked")
	Optional<String> team(String repId, Supplier<Optional<String>> lookup) {
		return this.keeps ? (Optional<String>) this.entries.get("team:" + repId, key -> lookup.get()) : lookup.get();
	}

	/** A sales rep's team may have changed: forgets everything, like {@link #changed()}. */
	@EventListener
	void salesRepsChanged(SalesRepsChanged event) {
		changed();
	}

	/** Forgets everything, now and when the current transaction (if any) has ended. */
	void changed() {
		this.entries.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					SignInCache.this.entries.invalidateAll();
				}
			});
		}
	}

}
