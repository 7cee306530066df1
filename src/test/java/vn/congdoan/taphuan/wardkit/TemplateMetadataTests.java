package vn.congdoan.taphuan.wardkit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TemplateMetadataTests {

	@Test
	void entriesAreTheFiveKeysInRowOrder() {
		TemplateMetadata metadata = new TemplateMetadata("AG-2026", "AG26-CS-01", "long-xuyen");

		assertThat(metadata.entries()).containsExactly(Map.entry("template", "taphuan-attendance"),
				Map.entry("version", "1"), Map.entry("plan", "AG-2026"), Map.entry("class", "AG26-CS-01"),
				Map.entry("ward", "long-xuyen"));
		assertThat(metadata.entries().keySet()).containsExactlyElementsOf(TemplateMetadata.KEYS);
	}

	@Test
	void readsBackWhatItWritesAndTrimsValues() {
		Map<String, String> entries = new LinkedHashMap<>(
				new TemplateMetadata("AG-2026", "AG26-CS-01", "long-xuyen").entries());
		entries.put("ward", " long-xuyen ");

		assertThat(TemplateMetadata.from(entries))
			.contains(new TemplateMetadata("AG-2026", "AG26-CS-01", "long-xuyen"));
	}

	@Test
	void ignoresAnotherTemplateAnotherVersionOrAMissingValue() {
		Map<String, String> entries = new LinkedHashMap<>(
				new TemplateMetadata("AG-2026", "AG26-CS-01", "long-xuyen").entries());

		assertThat(TemplateMetadata.from(with(entries, "template", "feedback"))).isEmpty();
		assertThat(TemplateMetadata.from(with(entries, "version", "2"))).isEmpty();
		assertThat(TemplateMetadata.from(with(entries, "class", " "))).isEmpty();
		assertThat(TemplateMetadata.from(Map.of())).isEmpty();
	}

	@Test
	void refusesBlankCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TemplateMetadata("AG-2026", "", "long-xuyen"));
	}

	private static Map<String, String> with(Map<String, String> entries, String key, String value) {
		Map<String, String> changed = new LinkedHashMap<>(entries);
		changed.put(key, value);
		return changed;
	}

}
