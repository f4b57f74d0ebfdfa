package org.guanxi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A clock tests can set and move; the application reads "now" from it.
 */
public class MutableClock extends Clock {

	/** Where every test starts: Monday 2026-11-23 10:00 in Shanghai. */
	public static final OffsetDateTime START = OffsetDateTime.parse("2026-11-23T10:00:00+08:00");

	private final ZoneId zone;

	private volatile Instant now;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
		reset();
	}

	public void reset() {
		this.now = START.toInstant();
	}

	public void set(OffsetDateTime time) {
		this.now = time.toInstant();
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock clock = new MutableClock(zone);
		clock.now = this.now;
		return clock;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
