package vn.congdoan.taphuan.ops;

/**
 * What a run did with one file it found in the inbox.
 */
public enum InboxOutcome {

	/** Imported; moved to the archive. */
	IMPORTED(true, false),

	/** The same bytes were imported before; moved to the archive. */
	UNCHANGED(true, false),

	/**
	 * Rejected by the import; moved to the rejected folder with a {@code .txt} saying
	 * why.
	 */
	REJECTED(true, true),

	/** Not a spreadsheet; moved to the rejected folder with a {@code .txt} saying why. */
	NOT_SPREADSHEET(true, true),

	/**
	 * Still being written (changed meanwhile, or modified just now): left for the next
	 * run.
	 */
	LEFT_BUSY(false, false),

	/** Open or locked by another program: left for the next run. */
	LEFT_LOCKED(false, false),

	/** Could not be read (permissions, a broken link, a read error): left where it is. */
	LEFT_UNREADABLE(false, false);

	private final boolean moved;

	private final boolean rejected;

	InboxOutcome(boolean moved, boolean rejected) {
		this.moved = moved;
		this.rejected = rejected;
	}

	/** Whether the file leaves the inbox. */
	public boolean moved() {
		return this.moved;
	}

	/** Whether the file goes to the rejected folder. */
	public boolean rejected() {
		return this.rejected;
	}

	/** Whether the file stays in the inbox for a later run. */
	public boolean left() {
		return !this.moved;
	}

}
