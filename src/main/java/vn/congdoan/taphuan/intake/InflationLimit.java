package vn.congdoan.taphuan.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a compressed part inflates to and stops at the limits: the guard
 * against zip bombs, in bounded memory whatever sizes the archive declares.
 */
final class InflationLimit extends FilterInputStream {

	private final long compressedSize;

	private final ImportLimits limits;

	private final long[] totalInflated;

	private long inflated;

	/**
	 * @param in the inflating stream of one part
	 * @param compressedSize the part's compressed size
	 * @param limits the caps
	 * @param totalInflated a one-element counter shared by every part of the same file
	 */
	InflationLimit(InputStream in, long compressedSize, ImportLimits limits, long[] totalInflated) {
		super(in);
		this.compressedSize = Math.max(compressedSize, 1);
		this.limits = limits;
		this.totalInflated = totalInflated;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			count(read);
		}
		return read;
	}

	private void count(int bytes) throws IOException {
		this.inflated += bytes;
		this.totalInflated[0] += bytes;
		if (this.totalInflated[0] > this.limits.maxInflatedSize().toBytes()) {
			throw new LimitExceededException("inflates to more than " + this.limits.maxInflatedSize());
		}
		// small parts may compress very well; only a part that is both large and extreme
		// is suspicious
		if (this.inflated > 1_000_000 && this.inflated / this.compressedSize > this.limits.maxInflateRatio()) {
			throw new LimitExceededException(
					"a part inflates more than " + this.limits.maxInflateRatio() + " times its compressed size");
		}
	}

	/**
	 * A file that exceeds a configured limit while being read.
	 */
	static final class LimitExceededException extends IOException {

		LimitExceededException(String message) {
			super(message);
		}

	}

}
