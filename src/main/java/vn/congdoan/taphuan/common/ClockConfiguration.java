package vn.congdoan.taphuan.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock everything reads "now" from, in the province's time zone (Asia/Ho_Chi_Minh
 * unless {@code taphuan.time-zone} says otherwise). Tests replace it with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${taphuan.time-zone:Asia/Ho_Chi_Minh}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
