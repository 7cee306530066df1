package vn.congdoan.taphuan.ops;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who receives the reports by e-mail: {@code taphuan.delivery.recipients}
 * (comma-separated; none turns e-mail off) from {@code taphuan.delivery.from}. The SMTP
 * server is Spring's {@code spring.mail.*} (host, port, username, password,
 * {@code spring.mail.properties.mail.smtp.starttls.enable}, ...).
 *
 * @param recipients e-mail addresses, or none
 * @param from the sender address
 */
@ConfigurationProperties("taphuan.delivery")
record DeliverySettings(List<String> recipients, String from) {

	DeliverySettings {
		recipients = (recipients != null)
				? recipients.stream().map(String::strip).filter((address) -> !address.isEmpty()).toList() : List.of();
		from = (from != null && !from.isBlank()) ? from.strip() : "taphuan@localhost";
	}

	boolean emailEnabled() {
		return !this.recipients.isEmpty();
	}

}
