package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdoan.taphuan.common.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JasperTemplatesTests {

	@TempDir
	Path overrides;

	@Test
	void compilesEachTemplateOncePerProcess() {
		JasperTemplates templates = new JasperTemplates(null);

		JasperReport first = templates.get("year-end");

		assertThat(templates.get("year-end")).isSameAs(first);
		assertThat(templates.location("year-end")).isEqualTo("classpath:reports/year-end.jrxml");
	}

	@Test
	void usesAProvincesCustomisedTemplateFromTheOverrideFolder() throws IOException {
		writeOverride("year-end", "name=\"year-end\"", "name=\"year-end-lai-chau\"");
		JasperTemplates templates = new JasperTemplates(this.overrides);

		assertThat(templates.get("year-end").getName()).isEqualTo("year-end-lai-chau");
		assertThat(templates.location("year-end")).isEqualTo(this.overrides.resolve("year-end.jrxml").toString());
		assertThat(templates.location("class")).isEqualTo("classpath:reports/class.jrxml");
	}

	@Test
	void recompilesAnOverrideThatWasEdited() throws IOException {
		writeOverride("year-end", "name=\"year-end\"", "name=\"v1\"");
		JasperTemplates templates = new JasperTemplates(this.overrides);
		assertThat(templates.get("year-end").getName()).isEqualTo("v1");

		writeOverride("year-end", "name=\"year-end\"", "name=\"v2\"");

		assertThat(templates.get("year-end").getName()).isEqualTo("v2");
	}

	@Test
	void neverLoadsACompiledTemplateFromTheOverrideFolder() throws IOException {
		Files.write(this.overrides.resolve("year-end.jasper"), new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5 });
		JasperTemplates templates = new JasperTemplates(this.overrides);

		assertThat(templates.location("year-end")).isEqualTo("classpath:reports/year-end.jrxml");
		assertThat(templates.get("year-end").getName()).isEqualTo("year-end");
	}

	@Test
	void namesABrokenOverrideSoTheAdministratorCanFixIt() throws IOException {
		writeOverride("year-end", "$P{signerName}", "$P{nobody}");
		JasperTemplates templates = new JasperTemplates(this.overrides);

		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> templates.get("year-end"))
			.withMessageContaining("Mẫu báo cáo tùy chỉnh " + this.overrides.resolve("year-end.jrxml"))
			.withMessageContaining("không biên dịch được");
	}

	@Test
	void refusesAnOverrideFolderThatDoesNotExist() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> new JasperTemplates(this.overrides.resolve("missing")))
			.withMessageContaining("taphuan.reports.template-dir");
	}

	private void writeOverride(String name, String from, String to) throws IOException {
		String bundled = Files.readString(Path.of("reports", name + ".jrxml"), StandardCharsets.UTF_8);
		assertThat(bundled).contains(from);
		Files.writeString(this.overrides.resolve(name + ".jrxml"), bundled.replace(from, to), StandardCharsets.UTF_8);
	}

}
