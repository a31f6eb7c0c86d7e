package org.careerpath.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test can move. It runs like the real one (so changes made one after another have increasing times),
 * shifted by however far a test moved it.
 */
public final class TestClock extends Clock {

	private final Clock system = Clock.systemUTC();

	private volatile Duration shift = Duration.ZERO;

	public static TestClock startingNow() {
		return new TestClock();
	}

	public void advance(Duration duration) {
		this.shift = this.shift.plus(duration);
	}

	public void set(Instant instant) {
		this.shift = Duration.between(this.system.instant(), instant);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.system.instant().plus(this.shift);
	}

}
