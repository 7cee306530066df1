package vn.congdoan.taphuan.budget;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congdoan.taphuan.budget.SettlementColumns.Field;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementColumnsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "STT|INDEX", "TT|INDEX", "Nội dung chi|ITEM", "NỘI DUNG|ITEM", "Diễn giải|ITEM", "Khoản chi|ITEM",
					"Đơn vị tính|UNIT", "ĐVT|UNIT", "Số lượng|QUANTITY", "SL|QUANTITY", "Đơn giá (đồng)|PRICE",
					"Mức chi|PRICE", "Thành tiền|AMOUNT", "Thành tiền (VNĐ)|AMOUNT", "Số tiền|AMOUNT", "Ngày|DAY",
					"Ngày chi|DAY", "Ghi chú|NOTE" })
	void recognisesTheHeaderLabelsFinanceUses(String label, Field field) {
		assertThat(SettlementColumns.field(label)).contains(field);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Ngày tháng năm", "Họ và tên", "(1)", "Cộng" })
	void ignoresOtherLabels(String label) {
		assertThat(SettlementColumns.field(label)).isEmpty();
	}

	@Test
	void aHeaderNeedsItemQuantityPriceAndAmount() {
		assertThat(SettlementColumns.REQUIRED).containsExactly(Field.ITEM, Field.QUANTITY, Field.PRICE, Field.AMOUNT);
		assertThat(List.of(Field.values())).contains(Field.DAY);
	}

}
