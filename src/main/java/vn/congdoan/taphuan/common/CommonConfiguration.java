package vn.congdoan.taphuan.common;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings shared by several features.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompletionRule.class)
class CommonConfiguration {

}
