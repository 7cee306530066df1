package vn.congdoan.taphuan.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * A clock tests control: starts at {@link #START} in Asia/Ho_Chi_Minh and moves only when
 * told.
 */
public final class TestClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** 21/11/2026 09:00 in Vietnam. */
	public static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZONE);

	private volatile Instant now = START.toInstant();

	public void set(ZonedDateTime time) {
		this.now = time.toInstant();
	}

	public void advanceSeconds(long seconds) {
		this.now = this.now.plusSeconds(seconds);
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		/**
		 * The clock, at {@code taphuan.test.now} (a local date-time in Vietnam, e.g.
		 * {@code 2026-12-01T07:00}) when set, else at {@link #START}: a command run with
		 * {@link Cli} sees the time its test sets.
		 */
		@Bean
		@Primary
		TestClock testClock(Environment environment) {
			TestClock clock = new TestClock();
			String now = environment.getProperty("taphuan.test.now");
			if (now != null) {
				clock.set(LocalDateTime.parse(now).atZone(ZONE));
			}
			return clock;
		}

	}

}
