package vn.congdoan.taphuan.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports run.
 *
 * @param chunkSize trainee rows written per transaction
 * @param staleAfter how long an import may go without committing before another run may
 * take it over as interrupted
 * @param parallelism how many files are imported at the same time (default: one per
 * processor, at most 2)
 * @param writers how many of them may write a chunk of rows at the same time (default 1:
 * the embedded H2 does best with one writer while the others read; with PostgreSQL, as
 * many as {@code parallelism})
 */
@ConfigurationProperties("taphuan.import")
public record ImportSettings(Integer chunkSize, Duration staleAfter, Integer parallelism, Integer writers) {

	public ImportSettings {
		chunkSize = (chunkSize != null) ? chunkSize : 1000;
		staleAfter = (staleAfter != null) ? staleAfter : Duration.ofMinutes(2);
		parallelism = (parallelism != null) ? Math.max(1, parallelism)
				: Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
		writers = (writers != null) ? Math.max(1, writers) : 1;
	}

}
