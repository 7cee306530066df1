package vn.congdoan.taphuan.intake;

/**
 * What the caller already knows about the files to import: a plan to match against, and a
 * class and ward given by the command's flags or by the inbox folder the file was found
 * in. Anything missing is worked out from the file.
 *
 * @param planCode plan to match class and ward names against, or {@code null} for every
 * loaded plan
 * @param classCode the class, or {@code null}
 * @param wardCode the ward (unit) code, or {@code null}
 * @param source where class and ward came from
 * @param receivedBy who delivered the file (an OS user name, "inbox", ...)
 */
public record ImportRequest(String planCode, String classCode, String wardCode, Source source, String receivedBy) {

	public ImportRequest {
		source = (source != null) ? source : Source.FLAGS;
		receivedBy = (receivedBy != null) ? receivedBy : System.getProperty("user.name", "unknown");
	}

	public static ImportRequest of(String planCode, String classCode, String wardCode) {
		return new ImportRequest(planCode, classCode, wardCode, Source.FLAGS, null);
	}

	/**
	 * Where a class or ward given with the request came from.
	 */
	public enum Source {

		/** Command-line flags. */
		FLAGS,

		/** The inbox folder {@code inbox/<CLASS>/<ward>/} the file was found in. */
		FOLDER

	}

}
