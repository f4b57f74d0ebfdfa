package org.guanxi.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username and address and per address, within a window: once a count reaches its
 * limit, sign-ins of that key are refused until the window ends, even with the right password.
 */
public class SignInAttempts {

	private final Clock clock;

	private final int maxFailures;

	private final int maxFailuresPerAddress;

	private final Duration window;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	public SignInAttempts(Clock clock, int maxFailures, int maxFailuresPerAddress, Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.window = window;
	}

	/** How long sign-ins of this username from this address stay refused, if they are. */
	public Optional<Duration> lockedFor(String username, String address) {
		Instant now = this.clock.instant();
		return longest(locked(userKey(username, address), this.maxFailures, now),
				locked(addressKey(address), this.maxFailuresPerAddress, now));
	}

	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		count(userKey(username, address), now);
		count(addressKey(address), now);
		if (this.failures.size() > 100_000) {
			this.failures.values().removeIf(f -> !now.isBefore(f.since().plus(this.window)));
		}
	}

	public void succeeded(String username, String address) {
		this.failures.remove(userKey(username, address));
	}

	private void count(String key, Instant now) {
		this.failures.compute(key, (k, f) -> f == null || !now.isBefore(f.since().plus(this.window))
				? new Failures(now, 1) : new Failures(f.since(), f.count() + 1));
	}

	private Optional<Duration> locked(String key, int max, Instant now) {
		Failures f = this.failures.get(key);
		if (f == null || f.count() < max) {
			return Optional.empty();
		}
		Instant until = f.since().plus(this.window);
		return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
		if (a.isPresent() && b.isPresent()) {
			return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
		}
		return a.isPresent() ? a : b;
	}

	private static String userKey(String username, String address) {
		return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "@" + address;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Failures(Instant since, int count) {
	}

}
