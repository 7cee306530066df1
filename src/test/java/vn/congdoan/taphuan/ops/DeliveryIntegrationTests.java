package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;
import vn.congdoan.taphuan.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery against a real SMTP server (GreenMail) on a port that is, in turn, closed
 * (server down), refusing, and up: nothing is lost, and nothing is sent twice.
 */
@TaphuanIntegrationTest
@Import(FakePorts.class)
@TestPropertySource(properties = { "taphuan.test.fake-ports=true",
		"taphuan.delivery.recipients=lanhdao@ldld-angiang.vn, tochuc@ldld-angiang.vn",
		"taphuan.delivery.from=taphuan@ldld-angiang.vn", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=5000", "spring.mail.properties.mail.smtp.timeout=5000" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class DeliveryIntegrationTests {

	static final Path ROOT = Path.of("target/test-ops/delivery").toAbsolutePath();

	static final int PORT = freePort();

	static final String OCTOBER_SUBJECT = "Báo cáo tiến độ đào tạo, bồi dưỡng cán bộ công đoàn tháng 10/2026 — "
			+ "LĐLĐ tỉnh An Giang";

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
		registry.add("taphuan.inbox", () -> ROOT.resolve("inbox").toString());
		registry.add("taphuan.archive", () -> ROOT.resolve("archive").toString());
		registry.add("taphuan.rejected", () -> ROOT.resolve("rejected").toString());
		registry.add("taphuan.outbox", () -> ROOT.resolve("outbox").toString());
	}

	@Autowired
	Runs runs;

	@Autowired
	Plans plans;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	GreenMail mailServer;

	@BeforeEach
	void setUp() throws Exception {
		OpsFixtures.deleteTree(ROOT);
		FakePorts.reset();
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
	}

	@AfterEach
	void stopMailServer() {
		if (this.mailServer != null) {
			this.mailServer.stop();
		}
	}

	private void startMailServer() {
		this.mailServer = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mailServer.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> attempts(String channel) {
		return this.jdbc.sql("""
				SELECT d.period, a.succeeded FROM ops_delivery_attempt a JOIN ops_delivery d ON d.id = a.delivery_id
				WHERE d.channel = ? ORDER BY a.id
				""").param(channel).query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2)).list();
	}

	@Test
	void emailsThePdfAndXlsxWithAVietnameseSubjectAndBodyAndCopiesThemToTheOutbox() throws Exception {
		startMailServer();

		RunOutcome outcome = this.runs.monthly(null, YearMonth.of(2026, 10), false);

		assertThat(outcome.status()).as(String.valueOf(outcome.message())).isEqualTo(RunOutcome.Status.COMPLETED);
		MimeMessage[] received = this.mailServer.getReceivedMessages();
		assertThat(received).hasSize(2); // one message, two recipients
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo(OCTOBER_SUBJECT);
		assertThat(Arrays.stream(message.getAllRecipients()).map(Object::toString))
			.containsExactly("lanhdao@ldld-angiang.vn", "tochuc@ldld-angiang.vn");
		assertThat(message.getFrom()[0]).hasToString("taphuan@ldld-angiang.vn");
		assertThat(attachments(message)).containsExactly("bao-cao-thang-2026-10-AG-2026.pdf",
				"bao-cao-thang-2026-10-AG-2026.xlsx");
		String body = text(message);
		assertThat(body).contains("Kính gửi: Thường trực LĐLĐ tỉnh An Giang")
			.contains("số liệu đến hết ngày 31/10/2026")
			.contains("Số vấn đề cần xử lý sau đối chiếu: 7");
		assertThat(outcome.deliveries()).extracting(RunOutcome.Delivery::channel, RunOutcome.Delivery::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", "DELIVERED"),
					org.assertj.core.groups.Tuple.tuple("OUTBOX", "DELIVERED"));
	}

	@Test
	void aMailServerThatIsDownFailsTheRunKeepsTheReportsAndTheSameCommandSendsThemLater() throws Exception {
		RunOutcome down = this.runs.monthly(null, YearMonth.of(2026, 10), false);

		assertThat(down.status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(down.failedStep()).isEqualTo("deliverReportsStep");
		assertThat(down.message()).contains("Gửi thư không được (máy chủ thư 127.0.0.1:" + PORT + ")")
			.contains("Báo cáo vẫn được lưu");
		assertThat(down.reports()).hasSize(3).allSatisfy((report) -> assertThat(Path.of(report)).isRegularFile());
		assertThat(down.deliveries()).extracting(RunOutcome.Delivery::channel, RunOutcome.Delivery::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", "PENDING"),
					org.assertj.core.groups.Tuple.tuple("OUTBOX", "DELIVERED"));
		assertThat(down.counts().deliveriesPending()).isEqualTo(1);

		startMailServer();
		RunOutcome up = this.runs.monthly(null, YearMonth.of(2026, 10), false);

		assertThat(up.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(up.instance()).isEqualTo(down.instance());
		assertThat(this.mailServer.getReceivedMessages()).hasSize(2)
			.allSatisfy((message) -> assertThat(message.getSubject()).isEqualTo(OCTOBER_SUBJECT));
		assertThat(attempts("EMAIL")).containsExactly("2026-10 false", "2026-10 true");
		assertThat(attempts("OUTBOX")).containsExactly("2026-10 true");
		assertThat(OpsFixtures.filesUnder(ROOT.resolve("outbox"))).hasSize(2);
		assertThat(FakePorts.count("reconcile")).isEqualTo(1);
		assertThat(FakePorts.count("monthly")).isEqualTo(1);

		RunOutcome again = this.runs.monthly(null, YearMonth.of(2026, 10), false);
		assertThat(again.status()).isEqualTo(RunOutcome.Status.ALREADY_COMPLETED);
		assertThat(this.mailServer.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aRefusedDeliveryIsRetriedByTheNextMonthsRun() throws Exception {
		RunOutcome refused;
		try (RefusingSmtpServer refusing = new RefusingSmtpServer(PORT)) {
			refused = this.runs.monthly(null, YearMonth.of(2026, 10), false);
		}
		assertThat(refused.status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(refused.message()).contains("554");

		startMailServer();
		this.clock.set(LocalDateTime.parse("2026-12-01T07:00").atZone(TestClock.ZONE));
		RunOutcome november = this.runs.monthly(null, YearMonth.of(2026, 11), false);

		assertThat(november.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : this.mailServer.getReceivedMessages()) {
			subjects.add(message.getSubject());
		}
		assertThat(subjects).containsExactlyInAnyOrder(OCTOBER_SUBJECT, OCTOBER_SUBJECT,
				OCTOBER_SUBJECT.replace("10/2026", "11/2026"), OCTOBER_SUBJECT.replace("10/2026", "11/2026"));

		RunOutcome octoberAgain = this.runs.monthly(null, YearMonth.of(2026, 10), false);
		assertThat(octoberAgain.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(octoberAgain.deliveries()).extracting(RunOutcome.Delivery::status).containsOnly("DELIVERED");
		assertThat(this.mailServer.getReceivedMessages()).hasSize(4);
		assertThat(Files.exists(ROOT.resolve("outbox/2026-10/AG-2026"))).isTrue();
	}

	/** The message's text/plain part, decoded. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static List<String> attachments(MimeMessage message) throws Exception {
		List<String> names = new ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				names.add(part.getFileName());
			}
		}
		return names;
	}

}
