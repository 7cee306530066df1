package vn.congdoan.taphuan.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports run.
 *
 * @param chunkSize trainee rows written per transaction
 * @param staleAfter how long an import may go without committing before another run may
 * take it over as interrupted
 */
@ConfigurationProperties("taphuan.import")
public record ImportSettings(Integer chunkSize, Duration staleAfter) {

	public ImportSettings {
		chunkSize = (chunkSize != null) ? chunkSize : 1000;
		staleAfter = (staleAfter != null) ? staleAfter : Duration.ofMinutes(2);
	}

}
