package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a command's result as one JSON document on stdout.
 */
@Component
class JsonOutput {

	private final JsonMapper mapper;

	JsonOutput(JsonMapper mapper) {
		this.mapper = mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	void print(CommandLine commandLine, Object document) {
		PrintWriter out = commandLine.getOut();
		out.println(this.mapper.writeValueAsString(document));
		out.flush();
	}

	/** Writes a document as one JSON file (UTF-8), replacing it. */
	void write(Path file, Object document) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, this.mapper.writeValueAsString(document) + System.lineSeparator(),
				StandardCharsets.UTF_8);
	}

	static Map<String, Object> error(String code, String message, List<String> details) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		error.put("details", details);
		return Map.of("error", error);
	}

}
