package vn.congdoan.taphuan.plan;

import java.util.Objects;

/**
 * Who signs the federation's documents: "TM. BAN THƯỜNG VỤ / CHỦ TỊCH / Đỗ Trần Thịnh".
 *
 * @param onBehalfOf "TM. Ban Thường vụ", or {@code null}
 * @param title "Chủ tịch"
 * @param name the signer's name
 */
public record Signer(String onBehalfOf, String title, String name) {

	public Signer {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(name, "name");
	}

}
