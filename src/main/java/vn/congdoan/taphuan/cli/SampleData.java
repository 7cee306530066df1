package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The bundled samples: {@code data-samples/} of the working directory when run from a
 * checkout, otherwise the copy inside the jar, extracted into the output folder.
 */
@Component
class SampleData {

	private static final String ROOT = "data-samples/";

	Path root(Path out) throws IOException {
		Path local = Path.of("data-samples");
		if (Files.isDirectory(local.resolve("plans"))) {
			return local;
		}
		Path target = out.resolve("data-samples");
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**");
		for (Resource resource : resources) {
			if (!resource.isReadable()) {
				continue;
			}
			String url = resource.getURL().toString();
			int at = url.lastIndexOf(ROOT);
			Path file = target.resolve(url.substring(at + ROOT.length())).normalize();
			if (!file.startsWith(target)) {
				continue;
			}
			Files.createDirectories(file.getParent());
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return target;
	}

}
