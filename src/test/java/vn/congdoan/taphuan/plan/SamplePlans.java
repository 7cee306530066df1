package vn.congdoan.taphuan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sample plans ({@code data-samples/plans}), read and validated without a
 * database, for tests of other features.
 */
public final class SamplePlans {

	private SamplePlans() {
	}

	/** An Giang 2026: three grassroots classes for about 1,400 cadres, 14 wards. */
	public static Plan anGiang() {
		return read("ag-2026.yaml");
	}

	/** Lai Châu 2026: five classes of about 80. */
	public static Plan laiChau() {
		return read("lc-2026.yaml");
	}

	private static Plan read(String name) {
		Path file = Path.of("data-samples/plans", name);
		try {
			return PlanFileReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
