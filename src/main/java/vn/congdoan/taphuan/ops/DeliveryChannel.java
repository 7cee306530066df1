package vn.congdoan.taphuan.ops;

/**
 * How reports reach their readers.
 */
enum DeliveryChannel {

	/** E-mail to {@code taphuan.delivery.recipients} over {@code spring.mail.*}. */
	EMAIL,

	/** A copy in {@code taphuan.outbox}. */
	OUTBOX

}
