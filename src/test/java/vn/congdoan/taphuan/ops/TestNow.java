package vn.congdoan.taphuan.ops;

import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.congdoan.taphuan.testing.TestClock;

/**
 * For commands run with {@code Cli}: {@code --taphuan.test.now=2026-12-20T10:00} (a local
 * time in Vietnam) fixes the application's clock there. A plain configuration, found by
 * component scanning in the applications {@code Cli} boots, and inactive without the
 * property.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("taphuan.test.now")
class TestNow {

	@Bean
	@Primary
	TestClock testNowClock(@Value("${taphuan.test.now}") String now) {
		TestClock clock = new TestClock();
		clock.set(LocalDateTime.parse(now).atZone(TestClock.ZONE));
		return clock;
	}

}
