package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * Delivers a plan's reports of one run: by e-mail (the PDF and XLSX attached, Vietnamese
 * subject and body) over Spring's {@link JavaMailSender}, or as a copy in the outbox
 * ({@code outbox/<period>/<plan>/}). Each delivery either succeeds or throws
 * {@link DeliveryException} with a message that says what went wrong, in Vietnamese.
 */
@Component
class ReportDelivery {

	private static final Logger logger = LoggerFactory.getLogger(ReportDelivery.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final DeliverySettings settings;

	private final OpsFolders folders;

	private final OpsStore store;

	private final Plans plans;

	ReportDelivery(ObjectProvider<JavaMailSender> mailSender, DeliverySettings settings, OpsFolders folders,
			OpsStore store, Plans plans) {
		this.mailSender = mailSender;
		this.settings = settings;
		this.folders = folders;
		this.store = store;
		this.plans = plans;
	}

	/** The channels configured now, with their targets. */
	List<DeliveryChannel> channels() {
		List<DeliveryChannel> channels = new ArrayList<>();
		if (this.settings.emailEnabled()) {
			channels.add(DeliveryChannel.EMAIL);
		}
		if (this.folders.outboxPath() != null) {
			channels.add(DeliveryChannel.OUTBOX);
		}
		return channels;
	}

	/** Where a channel delivers now: the recipients, or the outbox folder. */
	String target(DeliveryChannel channel) {
		return switch (channel) {
			case EMAIL -> String.join(", ", this.settings.recipients());
			case OUTBOX -> String.valueOf(this.folders.outboxPath());
		};
	}

	/**
	 * Problems with the delivery configuration, in Vietnamese: e-mail recipients set but
	 * no SMTP server.
	 */
	Optional<String> configurationProblem() {
		if (this.settings.emailEnabled() && this.mailSender.getIfAvailable() == null) {
			return Optional.of("Đã đặt người nhận thư (taphuan.delivery.recipients) nhưng chưa đặt máy chủ gửi thư: "
					+ "đặt spring.mail.host (và spring.mail.port, spring.mail.username, spring.mail.password) hoặc "
					+ "biến môi trường SPRING_MAIL_HOST ...; hoặc bỏ taphuan.delivery.recipients để chỉ chép vào "
					+ "hộp thư đi.");
		}
		return Optional.empty();
	}

	void deliver(OpsStore.PendingDelivery delivery) throws DeliveryException {
		List<Path> files = this.store.reports(delivery.jobInstanceId(), delivery.planCode())
			.stream()
			.filter(ReportDelivery::isDocument)
			.toList();
		if (files.isEmpty()) {
			throw new DeliveryException("Không có tệp báo cáo PDF/XLSX nào của kế hoạch " + delivery.planCode()
					+ " (kỳ " + delivery.period() + ") để gửi.");
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				throw new DeliveryException("Không đọc được tệp báo cáo " + file + ": tệp đã bị xóa hoặc chuyển đi. "
						+ "Chạy lại với --force để lập lại báo cáo.");
			}
		}
		switch (delivery.channel()) {
			case EMAIL -> email(delivery, files);
			case OUTBOX -> copyToOutbox(delivery, files);
		}
	}

	private void email(OpsStore.PendingDelivery delivery, List<Path> files) throws DeliveryException {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw new DeliveryException(configurationProblem().orElse("Chưa cấu hình máy chủ gửi thư."));
		}
		Plan plan = this.plans.find(delivery.planCode()).orElse(null);
		String issuer = (plan != null) ? plan.issuer().shortName() : delivery.planCode();
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(this.settings.recipients().toArray(String[]::new));
			helper.setSubject(subject(delivery, issuer));
			helper.setText(body(delivery, plan, issuer, files), false);
			for (Path file : files) {
				helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
			}
			sender.send(message);
			logger.info("Reports of {} ({}) e-mailed to {}", delivery.planCode(), delivery.period(),
					this.settings.recipients());
		}
		catch (MailException | MessagingException ex) {
			logger.warn("E-mail of the reports of {} ({}) failed", delivery.planCode(), delivery.period(), ex);
			throw new DeliveryException("Gửi thư không được (máy chủ thư " + describeServer(sender) + "): "
					+ rootMessage(ex) + ". Báo cáo vẫn được lưu; lần chạy sau sẽ gửi lại.");
		}
	}

	private void copyToOutbox(OpsStore.PendingDelivery delivery, List<Path> files) throws DeliveryException {
		Path outbox = this.folders.outboxPath();
		if (outbox == null) {
			throw new DeliveryException("Chưa đặt hộp thư đi (taphuan.outbox).");
		}
		Path folder = outbox.resolve(delivery.period()).resolve(delivery.planCode());
		try {
			for (Path file : files) {
				Path copy = SafeFiles.copyInto(file, folder);
				logger.info("Report {} copied to {}", file, copy);
			}
		}
		catch (IOException ex) {
			throw new DeliveryException(
					"Không chép được báo cáo vào hộp thư đi " + folder + ": " + ex + ". Lần chạy sau sẽ chép lại.");
		}
	}

	/**
	 * "Báo cáo tiến độ đào tạo, bồi dưỡng cán bộ công đoàn tháng 03/2026 — LĐLĐ tỉnh An
	 * Giang".
	 */
	static String subject(OpsStore.PendingDelivery delivery, String issuer) {
		return title(delivery) + " — " + issuer;
	}

	private static String title(OpsStore.PendingDelivery delivery) {
		if (delivery.period().length() == 7) {
			YearMonth month = YearMonth.parse(delivery.period());
			return String.format("Báo cáo tiến độ đào tạo, bồi dưỡng cán bộ công đoàn tháng %02d/%d",
					month.getMonthValue(), month.getYear());
		}
		return "Báo cáo kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm " + delivery.period();
	}

	private String body(OpsStore.PendingDelivery delivery, Plan plan, String issuer, List<Path> files) {
		StringBuilder body = new StringBuilder();
		body.append("Kính gửi: Thường trực ").append(issuer).append(".\n\n");
		body.append("Phần mềm taphuan gửi kèm ").append(lowerFirst(title(delivery)));
		if (plan != null) {
			body.append(" của ").append(plan.issuer().name()).append(" (kế hoạch ").append(plan.code()).append(')');
		}
		if (delivery.period().length() == 7) {
			body.append(", số liệu đến hết ngày ")
				.append(VietnameseFormat.date(YearMonth.parse(delivery.period()).atEndOfMonth()));
		}
		body.append(".\n\nTệp đính kèm:\n");
		files.forEach((file) -> body.append("  - ").append(file.getFileName()).append('\n'));
		this.store.findings(delivery.jobInstanceId(), delivery.planCode())
			.ifPresent((findings) -> body.append("\nSố vấn đề cần xử lý sau đối chiếu: ")
				.append(VietnameseFormat.number(findings))
				.append(".\n"));
		body.append("\nThư này do taphuan gửi tự động; vui lòng không trả lời thư này. Cần giải đáp về số liệu, xin ")
			.append("liên hệ Bộ phận Tổ chức - Kiểm tra.\n");
		return body.toString();
	}

	private static String lowerFirst(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean isDocument(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".pdf") || name.endsWith(".xlsx");
	}

	private static String describeServer(JavaMailSender sender) {
		if (sender instanceof JavaMailSenderImpl impl) {
			return impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25);
		}
		return "SMTP";
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : root.getClass().getSimpleName();
		return root.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
	}

	/**
	 * A delivery that did not succeed; the message says why, in Vietnamese.
	 */
	static class DeliveryException extends Exception {

		DeliveryException(String message) {
			super(message);
		}

	}

}
