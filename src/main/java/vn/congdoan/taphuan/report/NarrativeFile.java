package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseText;

/**
 * Reads the operator's narrative for the year-end report: sections I (situation), III
 * (assessment) and IV (directions and recommendations), and optionally the distribution
 * list. Two formats, chosen by extension:
 * <ul>
 * <li><b>Markdown</b> ({@code .md}): a level-1 heading per part — "# Đặc điểm tình hình",
 * "# Đánh giá", "# Phương hướng, kiến nghị", "# Nơi nhận" (a leading "I." or "1." is
 * ignored, as are case and diacritics) — with level-2 headings ("## Ưu điểm") for headed
 * parts; paragraphs are separated by blank lines, a line starting with "- " is a
 * paragraph of its own, {@code <!-- -->} comments are skipped;</li>
 * <li><b>YAML</b> ({@code .yaml}, {@code .yml}): keys {@code situation},
 * {@code assessment}, {@code recommendations}, each a text, a list of paragraphs, or a
 * list of {@code {heading, paragraphs}}; and {@code recipients}, a list of lines.</li>
 * </ul>
 * Anything else is refused with the file and line, so nothing the operator wrote is
 * silently dropped.
 */
public final class NarrativeFile {

	private static final int MAX_BYTES = 1_000_000;

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*?)\\s*#*\\s*$");

	private static final Pattern NUMBERING = Pattern.compile("^(?:[IVX]+|\\d+)[.)]\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern LIST_ITEM = Pattern.compile("^[-*+]\\s+(.*)$");

	private static final String PARTS = "Đặc điểm tình hình, Đánh giá, Phương hướng, kiến nghị, Nơi nhận";

	private final String file;

	private final List<String> problems = new ArrayList<>();

	private NarrativeFile(String file) {
		this.file = file;
	}

	/**
	 * Reads a narrative file.
	 * @throws UserInputException naming the file and line of every problem
	 */
	public static Narrative read(Path path) {
		String name = path.toString();
		byte[] bytes;
		try {
			if (Files.size(path) > MAX_BYTES) {
				throw new UserInputException("Tệp tường thuật " + name + " quá lớn (quá " + MAX_BYTES / 1000
						+ " KB); báo cáo năm chỉ cần vài trang chữ.");
			}
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UserInputException("Không đọc được tệp tường thuật " + name + ": " + ex.getMessage()
					+ ". Kiểm tra đường dẫn và quyền đọc tệp.");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
			return markdown(name, decode(name, bytes));
		}
		if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
			return yaml(name, decode(name, bytes));
		}
		throw new UserInputException("Tệp tường thuật " + name
				+ " phải là Markdown (.md) hoặc YAML (.yaml, .yml); xem mẫu data-samples/narrative/ag-2026.md.");
	}

	/** Reads Markdown text; {@code file} names it in messages. */
	static Narrative markdown(String file, String text) {
		return new NarrativeFile(file).readMarkdown(text);
	}

	/** Reads YAML text; {@code file} names it in messages. */
	static Narrative yaml(String file, String text) {
		return new NarrativeFile(file).readYaml(text);
	}

	private static String decode(String name, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UserInputException("Tệp tường thuật " + name
					+ " không phải văn bản UTF-8. Lưu lại tệp với mã hóa UTF-8 (Unicode) rồi chạy lại.");
		}
	}

	// Markdown

	private Narrative readMarkdown(String text) {
		Map<Part, List<NarrativeSection>> sections = new LinkedHashMap<>();
		List<String> recipients = new ArrayList<>();
		Part part = null;
		String heading = null;
		int headingLine = 0;
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		boolean inComment = false;
		boolean strayReported = false;
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			int lineNumber = i + 1;
			String line = lines[i];
			if (inComment || line.strip().startsWith("<!--")) {
				inComment = !line.contains("-->");
				continue;
			}
			Matcher headingMatch = HEADING.matcher(line.strip());
			Matcher item = LIST_ITEM.matcher(line.strip());
			if (headingMatch.matches()) {
				endParagraph(paragraph, paragraphs);
				endSection(part, heading, headingLine, paragraphs, sections, recipients);
				int level = headingMatch.group(1).length();
				String title = VietnameseText.clean(headingMatch.group(2));
				if (level == 1) {
					part = partNamed(title, lineNumber);
					if (part != null
							&& (sections.containsKey(part) || (part == Part.RECIPIENTS && !recipients.isEmpty()))) {
						problem(lineNumber, "phần \"" + title + "\" xuất hiện hai lần; gộp nội dung vào một chỗ");
					}
					if (part != null && part != Part.RECIPIENTS) {
						sections.putIfAbsent(part, new ArrayList<>());
					}
					heading = null;
				}
				else if (level == 2 && part != null && part != Part.RECIPIENTS) {
					heading = title;
				}
				else if (level == 2 && part == null) {
					problem(lineNumber,
							"tiêu đề mục \"" + title + "\" đứng trước mọi phần; đặt nó dưới một tiêu đề \"# …\"");
				}
				else {
					problem(lineNumber,
							"chỉ dùng tiêu đề \"# \" (phần) và \"## \" (mục trong phần), không dùng \""
									+ headingMatch.group(1) + " \""
									+ ((part == Part.RECIPIENTS) ? " trong phần Nơi nhận" : ""));
				}
				headingLine = lineNumber;
			}
			else if (line.isBlank()) {
				endParagraph(paragraph, paragraphs);
			}
			else if (part == null) {
				// After an unknown part's heading (already reported) its text is skipped.
				if (headingLine == 0 && !strayReported) {
					problem(lineNumber,
							"có chữ trước tiêu đề phần đầu tiên; bắt đầu bằng một tiêu đề như \"# Đánh giá\"");
					strayReported = true;
				}
			}
			else if (part == Part.RECIPIENTS) {
				recipients.add(recipient(item.matches() ? item.group(1) : line));
			}
			else if (item.matches()) {
				endParagraph(paragraph, paragraphs);
				paragraph.append("- ").append(item.group(1).strip());
				endParagraph(paragraph, paragraphs);
			}
			else {
				if (paragraph.length() > 0) {
					paragraph.append(' ');
				}
				paragraph.append(line.strip());
			}
		}
		endParagraph(paragraph, paragraphs);
		endSection(part, heading, headingLine, paragraphs, sections, recipients);
		return narrative(sections, recipients);
	}

	private static void endParagraph(StringBuilder paragraph, List<String> paragraphs) {
		if (paragraph.length() > 0) {
			paragraphs.add(VietnameseText.clean(paragraph.toString().replace("**", "").replace("__", "")));
			paragraph.setLength(0);
		}
	}

	private void endSection(Part part, String heading, int headingLine, List<String> paragraphs,
			Map<Part, List<NarrativeSection>> sections, List<String> recipients) {
		if (part != null && part != Part.RECIPIENTS) {
			if (!paragraphs.isEmpty()) {
				sections.get(part).add(new NarrativeSection(heading, paragraphs));
			}
			else if (heading != null) {
				problem(headingLine,
						"mục \"" + heading + "\" không có nội dung; viết ít nhất một đoạn hoặc xóa tiêu đề");
			}
		}
		paragraphs.clear();
	}

	private Part partNamed(String title, int line) {
		String folded = VietnameseText.fold(NUMBERING.matcher(title).replaceFirst(""));
		for (Part part : Part.values()) {
			for (String name : part.names) {
				if (folded.equals(name) || folded.startsWith(name + " ") || folded.startsWith(name + ",")) {
					return part;
				}
			}
		}
		if (folded.startsWith("ket qua")) {
			problem(line, "phần \"" + title + "\" (kết quả thực hiện) được lập từ số liệu; xóa phần này khỏi tệp");
		}
		else {
			problem(line, "tiêu đề \"" + title + "\" không phải một phần của báo cáo năm; dùng một trong: " + PARTS);
		}
		return null;
	}

	private static String recipient(String line) {
		String text = VietnameseText.clean(line);
		while (!text.isEmpty() && (text.endsWith(";") || text.endsWith(".") || text.endsWith(","))) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}

	// YAML

	private Narrative readYaml(String text) {
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			throw failure(line, "YAML không hợp lệ: " + ex.getProblem()
					+ ". Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu ':' sau mỗi tên trường.");
		}
		catch (YAMLException ex) {
			throw failure(0, "YAML không hợp lệ: " + ex.getMessage());
		}
		Map<Part, List<NarrativeSection>> sections = new LinkedHashMap<>();
		List<String> recipients = new ArrayList<>();
		if (root == null) {
			return narrative(sections, recipients);
		}
		if (!(root instanceof MappingNode mapping)) {
			throw failure(line(root),
					"tệp tường thuật YAML cần các khóa situation, assessment, recommendations, recipients");
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			Node value = tuple.getValueNode();
			Part part = Part.forKey(key);
			if (part == null) {
				problem(line(tuple.getKeyNode()), "khóa \"" + key
						+ "\" không dùng được; chỉ có situation, assessment, recommendations, recipients");
			}
			else if (part == Part.RECIPIENTS) {
				for (String line : paragraphs(value, key)) {
					recipients.add(recipient(line));
				}
			}
			else {
				sections.put(part, yamlSections(value, key));
			}
		}
		return narrative(sections, recipients);
	}

	private List<NarrativeSection> yamlSections(Node value, String key) {
		List<NarrativeSection> sections = new ArrayList<>();
		if (isNull(value)) {
			return sections;
		}
		if (value instanceof ScalarNode) {
			sections.add(new NarrativeSection(null, paragraphs(value, key)));
			return sections;
		}
		if (!(value instanceof SequenceNode sequence)) {
			problem(line(value),
					key + ": cần một đoạn văn, một danh sách đoạn văn hoặc danh sách {heading, paragraphs}");
			return sections;
		}
		List<String> loose = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode) {
				loose.addAll(paragraphs(item, key));
				continue;
			}
			if (!loose.isEmpty()) {
				sections.add(new NarrativeSection(null, List.copyOf(loose)));
				loose.clear();
			}
			if (!(item instanceof MappingNode headed)) {
				problem(line(item), key + ": mỗi mục là một đoạn văn hoặc {heading, paragraphs}");
				continue;
			}
			String heading = null;
			List<String> paragraphs = List.of();
			for (NodeTuple tuple : headed.getValue()) {
				String field = scalar(tuple.getKeyNode());
				if ("heading".equals(field)) {
					heading = VietnameseText.clean(scalar(tuple.getValueNode()));
				}
				else if ("paragraphs".equals(field)) {
					paragraphs = paragraphs(tuple.getValueNode(), key + ".paragraphs");
				}
				else {
					problem(line(tuple.getKeyNode()),
							key + ": trường \"" + field + "\" không dùng được; chỉ có heading và paragraphs");
				}
			}
			if (paragraphs.isEmpty()) {
				problem(line(item), key + ": mục \"" + heading + "\" không có đoạn văn nào (paragraphs)");
			}
			else {
				sections.add(new NarrativeSection(heading, paragraphs));
			}
		}
		if (!loose.isEmpty()) {
			sections.add(new NarrativeSection(null, List.copyOf(loose)));
		}
		return sections;
	}

	/** A text (split at blank lines) or a list of texts, as cleaned paragraphs. */
	private List<String> paragraphs(Node value, String key) {
		List<String> paragraphs = new ArrayList<>();
		if (isNull(value)) {
			return paragraphs;
		}
		if (value instanceof ScalarNode scalar) {
			for (String block : scalar.getValue().split("\\R\\s*\\R")) {
				if (!block.isBlank()) {
					paragraphs.add(VietnameseText.clean(block));
				}
			}
		}
		else if (value instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				if (item instanceof ScalarNode scalar && !isNull(item)) {
					if (!scalar.getValue().isBlank()) {
						paragraphs.add(VietnameseText.clean(scalar.getValue()));
					}
				}
				else {
					problem(line(item), key + ": mỗi dòng là một đoạn văn (chuỗi chữ)");
				}
			}
		}
		else {
			problem(line(value), key + ": cần một đoạn văn hoặc danh sách đoạn văn");
		}
		return paragraphs;
	}

	private static boolean isNull(Node node) {
		return node == null || (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()));
	}

	private String scalar(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		problem(line(node), "cần một chuỗi chữ ở đây");
		return "";
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	// both

	private Narrative narrative(Map<Part, List<NarrativeSection>> sections, List<String> recipients) {
		if (!this.problems.isEmpty()) {
			throw new UserInputException("Tệp tường thuật " + this.file + " có " + this.problems.size()
					+ " lỗi, báo cáo chưa được lập. Sửa các dòng sau rồi chạy lại:", this.problems);
		}
		return new Narrative(sections.getOrDefault(Part.SITUATION, List.of()),
				sections.getOrDefault(Part.ASSESSMENT, List.of()),
				sections.getOrDefault(Part.RECOMMENDATIONS, List.of()), recipients, this.file);
	}

	private void problem(int line, String message) {
		this.problems.add(this.file + ":" + line + ": " + message);
	}

	private UserInputException failure(int line, String message) {
		problem(line, message);
		return new UserInputException("Tệp tường thuật " + this.file + " có lỗi, báo cáo chưa được lập:",
				this.problems);
	}

	private enum Part {

		SITUATION("situation", "dac diem tinh hinh", "situation", "tinh hinh"),

		ASSESSMENT("assessment", "danh gia", "assessment"),

		RECOMMENDATIONS("recommendations", "phuong huong", "kien nghi", "recommendations"),

		RECIPIENTS("recipients", "noi nhan", "recipients");

		private final String key;

		private final List<String> names;

		Part(String key, String... names) {
			this.key = key;
			this.names = List.of(names);
		}

		static Part forKey(String key) {
			for (Part part : values()) {
				if (part.key.equals(key)) {
					return part;
				}
			}
			return null;
		}

	}

}
