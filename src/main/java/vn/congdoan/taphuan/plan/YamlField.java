package vn.congdoan.taphuan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * A node of a composed YAML document with its path and line, so every type or presence
 * problem is reported where it is. Accessors return {@code null} (or an empty list) and
 * record a problem instead of throwing, so one pass reports everything wrong with a file.
 */
final class YamlField {

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([._ ]\\d{3})+");

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final Node node;

	private final String path;

	private final int line;

	private final Consumer<PlanProblem> problems;

	private final String file;

	YamlField(Node node, String path, int line, String file, Consumer<PlanProblem> problems) {
		this.node = (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) ? null : node;
		this.path = path;
		this.line = (node != null) ? node.getStartMark().getLine() + 1 : line;
		this.file = file;
		this.problems = problems;
	}

	String path() {
		return this.path;
	}

	int line() {
		return this.line;
	}

	boolean present() {
		return this.node != null;
	}

	boolean isList() {
		return this.node instanceof SequenceNode;
	}

	/** The same node under another path, e.g. once an item's code is known. */
	YamlField renamed(String newPath) {
		return new YamlField(this.node, newPath, this.line, this.file, this.problems);
	}

	void problem(String message) {
		this.problems.accept(new PlanProblem(this.file, this.line, this.path, message));
	}

	YamlField get(String key) {
		String childPath = this.path.isEmpty() ? key : this.path + "." + key;
		if (this.node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
					return new YamlField(tuple.getValueNode(), childPath, this.line, this.file, this.problems);
				}
			}
		}
		return new YamlField(null, childPath, this.line, this.file, this.problems);
	}

	/**
	 * Records a problem for every key that is not one of {@code known}: most are typing
	 * mistakes.
	 */
	YamlField allowOnly(String... known) {
		Set<String> allowed = Set.of(known);
		entries().forEach((key, value) -> {
			if (!allowed.contains(key)) {
				value.problem("trường không được biết đến '" + key + "' (có thể gõ sai). Các trường hợp lệ: "
						+ Arrays.stream(known).sorted().collect(Collectors.joining(", ")));
			}
		});
		return this;
	}

	/** The entries of a mapping in file order; a duplicated key is a problem. */
	Map<String, YamlField> entries() {
		Map<String, YamlField> entries = new LinkedHashMap<>();
		if (this.node == null) {
			return entries;
		}
		if (!(this.node instanceof MappingNode mapping)) {
			problem("phải là một bảng 'tên: giá trị', không phải " + describe());
			return entries;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "?";
			String childPath = this.path.isEmpty() ? key : this.path + "." + key;
			YamlField value = new YamlField(tuple.getValueNode(), childPath,
					tuple.getKeyNode().getStartMark().getLine() + 1, this.file, this.problems);
			if (entries.putIfAbsent(key, value) != null) {
				value.problem("trường '" + key + "' xuất hiện hai lần");
			}
		}
		return entries;
	}

	List<YamlField> items() {
		if (this.node == null) {
			return List.of();
		}
		if (!(this.node instanceof SequenceNode sequence)) {
			problem("phải là một danh sách (các dòng bắt đầu bằng '- '), không phải " + describe());
			return List.of();
		}
		List<YamlField> items = new ArrayList<>();
		List<Node> values = sequence.getValue();
		for (int i = 0; i < values.size(); i++) {
			items.add(new YamlField(values.get(i), this.path + "[" + i + "]", this.line, this.file, this.problems));
		}
		return items;
	}

	List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (YamlField item : items()) {
			String text = item.text();
			if (text != null) {
				texts.add(text);
			}
		}
		return texts;
	}

	/** The value as text (NFC, single spaces), or {@code null} when absent. */
	String text() {
		String raw = scalar();
		return (raw != null) ? VietnameseText.clean(raw) : null;
	}

	String requiredText() {
		String text = text();
		if (text == null || text.isEmpty()) {
			missing();
			return null;
		}
		return text;
	}

	Integer integer() {
		String raw = scalar();
		if (raw == null) {
			return null;
		}
		try {
			return Integer.valueOf(stripGrouping(raw));
		}
		catch (NumberFormatException ex) {
			problem("phải là một số nguyên, không phải '" + raw + "'");
			return null;
		}
	}

	Integer requiredInteger() {
		if (!present()) {
			missing();
			return null;
		}
		return integer();
	}

	/** Whole đồng; accepts 1400000, 1_400_000 and "1.400.000". */
	Long money() {
		String raw = scalar();
		if (raw == null) {
			return null;
		}
		try {
			return Long.valueOf(stripGrouping(raw.replace("đ", "").strip()));
		}
		catch (NumberFormatException ex) {
			problem("phải là số tiền nguyên (đồng), ví dụ 1400000 hoặc \"1.400.000\", không phải '" + raw + "'");
			return null;
		}
	}

	BigDecimal decimal() {
		String raw = scalar();
		if (raw == null) {
			return null;
		}
		try {
			return new BigDecimal(raw.replace(",", ".").replace("_", ""));
		}
		catch (NumberFormatException ex) {
			problem("phải là một số, không phải '" + raw + "'");
			return null;
		}
	}

	/** ISO ({@code 2026-03-16}) or Vietnamese ({@code 16/03/2026}) dates. */
	LocalDate date() {
		String raw = scalar();
		if (raw == null) {
			return null;
		}
		try {
			return raw.contains("/") ? LocalDate.parse(raw.strip(), VIETNAMESE_DATE) : LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			problem("phải là một ngày (2026-03-16 hoặc 16/03/2026), không phải '" + raw + "'");
			return null;
		}
	}

	LocalDate requiredDate() {
		if (!present()) {
			missing();
			return null;
		}
		return date();
	}

	boolean bool(boolean absent) {
		String raw = scalar();
		if (raw == null) {
			return absent;
		}
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "có" -> true;
			case "false", "no", "không" -> false;
			default -> {
				problem("phải là true hoặc false, không phải '" + raw + "'");
				yield absent;
			}
		};
	}

	<E extends Enum<E>> E enumValue(Class<E> type) {
		String raw = scalar();
		if (raw == null) {
			return null;
		}
		String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		problem("giá trị '" + raw + "' không hợp lệ; dùng một trong: "
				+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		return null;
	}

	<E extends Enum<E>> E requiredEnum(Class<E> type) {
		if (!present()) {
			missing();
			return null;
		}
		return enumValue(type);
	}

	void missing() {
		problem("thiếu trường bắt buộc");
	}

	private String scalar() {
		if (this.node == null) {
			return null;
		}
		if (this.node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		problem("phải là một giá trị đơn, không phải " + describe());
		return null;
	}

	private String describe() {
		if (this.node instanceof MappingNode) {
			return "một bảng";
		}
		if (this.node instanceof SequenceNode) {
			return "một danh sách";
		}
		return "'" + ((ScalarNode) this.node).getValue() + "'";
	}

	/**
	 * "1.400.000", "1 400 000" and "1_400_000" are 1400000; "2.5" is left alone (and
	 * fails as a whole number).
	 */
	private static String stripGrouping(String raw) {
		String value = raw.strip();
		return GROUPED.matcher(value).matches() ? value.replaceAll("[._ ]", "") : value.replace("_", "");
	}

}
