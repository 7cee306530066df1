package vn.congdoan.taphuan.plan;

import java.util.List;
import java.util.Objects;

/**
 * A department of the federation with its duties under the plan.
 *
 * @param code short code used by programmes, e.g. {@code TC-KT}
 * @param name "Bộ phận Tổ chức - Kiểm tra"
 * @param duties what the plan asks of it
 */
public record Department(String code, String name, List<String> duties) {

	public Department {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		duties = List.copyOf(duties);
	}

}
