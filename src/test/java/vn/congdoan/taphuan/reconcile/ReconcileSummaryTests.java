package vn.congdoan.taphuan.reconcile;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReconcileSummaryTests {

	@Test
	void severitiesComeMostSeriousFirstWhateverOrderTheyWereCountedIn() {
		ReconcileSummary summary = new ReconcileSummary(null, 10, 10, 0, 10, 0, 0,
				Map.of(FindingSeverity.INFO, 6, FindingSeverity.ERROR, 1, FindingSeverity.WARNING, 3));

		assertThat(summary.bySeverity().keySet()).containsExactly(FindingSeverity.ERROR, FindingSeverity.WARNING,
				FindingSeverity.INFO);
		assertThat(summary.bySeverity()).containsEntry(FindingSeverity.INFO, 6);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> summary.bySeverity().put(FindingSeverity.ERROR, 2));
	}

}
