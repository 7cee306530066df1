package vn.congdoan.taphuan.plan;

import java.util.Objects;

/**
 * A submitting unit: a ward-level union (Công đoàn phường / xã / đặc khu) or the
 * federation's own office.
 *
 * @param code ASCII slug of the name without its kind, e.g. {@code long-xuyen}
 * @param kind phường, xã, đặc khu or the federation's office
 * @param name the name without its kind, "Long Xuyên"
 */
public record Unit(String code, UnitKind kind, String name) {

	public Unit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}

	/** "phường Long Xuyên", or the office's name. */
	public String displayName() {
		return this.kind.prefix().isEmpty() ? this.name : this.kind.prefix() + " " + this.name;
	}

	/** "Công đoàn phường Long Xuyên", or the office's name. */
	public String unionName() {
		return (this.kind == UnitKind.LDLD) ? this.name : this.kind.unionLabel() + " " + this.name;
	}

}
