package vn.congdoan.taphuan.plan;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * The loaded plans: load a plan file, list them, read one back. Every other feature
 * reaches the plan through here.
 */
@Component
public class Plans {

	private static final Logger logger = LoggerFactory.getLogger(Plans.class);

	private final PlanStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Map<String, Plan> parsedBySha256 = new ConcurrentHashMap<>();

	public Plans(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.store = new PlanStore(jdbc);
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Validates and stores a plan file; a plan with the same code is updated in place.
	 * Nothing is stored when the file has any problem.
	 * @throws PlanLoadException listing every problem with file, line and field
	 */
	public PlanLoadResult load(Path file) {
		String name = file.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UserInputException("Không đọc được tệp kế hoạch " + name + ": " + ex.getMessage()
					+ ". Kiểm tra đường dẫn và quyền đọc tệp.");
		}
		String text = decodeUtf8(name, bytes);
		Plan plan = PlanFileReader.read(name, text);
		String sha256 = sha256(bytes);
		Set<String> classCodes = plan.classes().stream().map(TrainingClass::code).collect(Collectors.toSet());
		PlanLoadResult.Status status = this.transactions.execute((tx) -> {
			Optional<String> previous = this.store.sourceSha256(plan.code());
			if (previous.isPresent() && previous.get().equals(sha256)) {
				return PlanLoadResult.Status.UNCHANGED;
			}
			List<String> elsewhere = this.store.classCodesOwnedElsewhere(plan.code(), classCodes);
			if (!elsewhere.isEmpty()) {
				throw new PlanLoadException(name,
						List.of(new PlanProblem(name, 0, "classes",
								"mã lớp đã thuộc kế hoạch khác: " + String.join(", ", elsewhere)
										+ ". Mã lớp phải duy nhất giữa các kế hoạch; đổi mã lớp.")));
			}
			try {
				this.store.save(plan, file.toAbsolutePath().normalize().toString(), sha256, text,
						OffsetDateTime.now(this.clock));
			}
			catch (DataIntegrityViolationException ex) {
				logger.info("Plan {} would remove rows that imported data refers to", plan.code(), ex);
				throw new PlanLoadException(name, List.of(new PlanProblem(name, 0, "classes/units",
						"tệp mới bỏ đi một lớp hoặc một đơn vị đã có dữ liệu (điểm danh, quyết toán) gắn với nó. "
								+ "Giữ lại lớp/đơn vị đó trong tệp kế hoạch; chỉ được sửa thông tin của nó.")));
			}
			return previous.isPresent() ? PlanLoadResult.Status.UPDATED : PlanLoadResult.Status.LOADED;
		});
		logger.info("Plan {} from {}: {}", plan.code(), name, status);
		return new PlanLoadResult(plan.code(), name, status, plan.programmes().size(), plan.classes().size(),
				plan.units().size());
	}

	public List<PlanSummary> list() {
		return this.store.summaries();
	}

	public List<String> codes() {
		return list().stream().map(PlanSummary::code).toList();
	}

	public Optional<Plan> find(String code) {
		return this.store.sourceYaml(code).map((yaml) -> parse(code, yaml));
	}

	/** The plan, or a usage error that lists the loaded plans. */
	public Plan get(String code) {
		return find(code).orElseThrow(() -> new UserInputException("Không có kế hoạch '" + code + "'. "
				+ loadedPlansHint() + " Nạp kế hoạch bằng: taphuan plan load TỆP.yaml"));
	}

	/** Every loaded plan, in code order. */
	public List<Plan> all() {
		return codes().stream().map(this::get).toList();
	}

	/**
	 * The plan a command means: the one given, or the only loaded plan when none is
	 * given.
	 */
	public Plan resolve(String codeOrNull) {
		if (codeOrNull != null) {
			return get(codeOrNull);
		}
		List<String> codes = codes();
		if (codes.size() == 1) {
			return get(codes.get(0));
		}
		if (codes.isEmpty()) {
			throw new UserInputException(
					"Chưa nạp kế hoạch nào. Nạp kế hoạch trước: taphuan plan load TỆP.yaml (mẫu trong data-samples/plans/)");
		}
		throw new UserInputException("Có nhiều kế hoạch (" + String.join(", ", codes) + "): chọn một bằng --plan.");
	}

	/**
	 * The class with its plan and programme, or a usage error listing the known class
	 * codes.
	 */
	public ClassInPlan findClass(String classCode) {
		Optional<String> planCode = this.store.planOfClass(classCode);
		if (planCode.isEmpty()) {
			List<String> known = all().stream()
				.flatMap((plan) -> plan.classes().stream().map(TrainingClass::code))
				.toList();
			throw new UserInputException("Không có lớp '" + classCode + "'. Các mã lớp hợp lệ: "
					+ (known.isEmpty() ? "(chưa nạp kế hoạch nào)" : String.join(", ", known)));
		}
		Plan plan = get(planCode.get());
		TrainingClass trainingClass = plan.trainingClass(classCode).orElseThrow();
		Programme programme = plan.programme(trainingClass.programme()).orElseThrow();
		return new ClassInPlan(plan, programme, trainingClass);
	}

	private String loadedPlansHint() {
		List<String> codes = codes();
		return codes.isEmpty() ? "Chưa nạp kế hoạch nào." : "Các kế hoạch đã nạp: " + String.join(", ", codes) + ".";
	}

	private Plan parse(String code, String yaml) {
		String sha256 = sha256(yaml.getBytes(StandardCharsets.UTF_8));
		return this.parsedBySha256.computeIfAbsent(sha256, (key) -> PlanFileReader.read("plan " + code, yaml));
	}

	private static String decodeUtf8(String name, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new PlanLoadException(name, List.of(new PlanProblem(name, 0, "",
					"tệp không phải UTF-8. Lưu lại tệp kế hoạch với bảng mã UTF-8 (Unicode).")));
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
