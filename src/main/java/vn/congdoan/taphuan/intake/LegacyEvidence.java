package vn.congdoan.taphuan.intake;

import java.util.Optional;

/**
 * How many words of some text read as Vietnamese only in each encoding: the evidence for
 * deciding whether a ward typed in TCVN3 or VNI. {@link LegacyVietnamese#score} counts it
 * for one cell; a caller deciding for a whole file adds the cells up with {@link #plus}
 * and asks for the {@link #verdict()}, so one odd cell cannot convert a file.
 * <p>
 * Only words with a non-ASCII character count, each at most once: {@code tcvn3} and
 * {@code vni} count words that are well-formed Vietnamese syllables only when decoded
 * from that encoding ("NguyÔn", "Nguyeãn"); {@code unicode} counts words that are
 * Vietnamese as they stand and in neither legacy reading ("Hà", and every word with a
 * letter Latin-1 lacks, such as "Nguyễn", or with a combining mark); {@code foreign}
 * counts words that are Vietnamese in no reading ("Café", "Müller"). Words that read as
 * Vietnamese both as they stand and decoded ("Thò") count nowhere.
 *
 * @param tcvn3 words Vietnamese only when decoded from TCVN3
 * @param vni words Vietnamese only when decoded from VNI
 * @param unicode words Vietnamese only as they stand
 * @param foreign words with accented letters that are Vietnamese in no reading
 */
public record LegacyEvidence(int tcvn3, int vni, int unicode, int foreign) {

	/** No evidence: text in plain ASCII, or none at all. */
	public static final LegacyEvidence NONE = new LegacyEvidence(0, 0, 0, 0);

	public LegacyEvidence {
		if (tcvn3 < 0 || vni < 0 || unicode < 0 || foreign < 0) {
			throw new IllegalArgumentException(
					"evidence counts cannot be negative: " + tcvn3 + ", " + vni + ", " + unicode + ", " + foreign);
		}
	}

	/** The evidence of both texts together. */
	public LegacyEvidence plus(LegacyEvidence other) {
		if (other.isEmpty()) {
			return this;
		}
		if (isEmpty()) {
			return other;
		}
		return new LegacyEvidence(this.tcvn3 + other.tcvn3, this.vni + other.vni, this.unicode + other.unicode,
				this.foreign + other.foreign);
	}

	/** Whether no word counted. */
	public boolean isEmpty() {
		return this.tcvn3 == 0 && this.vni == 0 && this.unicode == 0 && this.foreign == 0;
	}

	/**
	 * The legacy encoding this evidence points to: the one with more words than the other
	 * legacy encoding and more than the words that are Unicode Vietnamese or foreign
	 * together; empty when neither wins that clearly (including ties).
	 */
	public Optional<LegacyEncoding> verdict() {
		int against = this.unicode + this.foreign;
		if (this.tcvn3 > this.vni && this.tcvn3 > against) {
			return Optional.of(LegacyEncoding.TCVN3);
		}
		if (this.vni > this.tcvn3 && this.vni > against) {
			return Optional.of(LegacyEncoding.VNI);
		}
		return Optional.empty();
	}

}
