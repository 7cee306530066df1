package vn.congdoan.taphuan.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyChartsTests {

	@TempDir
	Path folder;

	@Test
	void cumulativeTraineesPlotsThePlanLineAndTheActualLineUpToTheReportMonth() {
		List<MonthPoint> points = List.of(new MonthPoint(YearMonth.of(2026, 3), 454, 500),
				new MonthPoint(YearMonth.of(2026, 6), 824, 950), new MonthPoint(YearMonth.of(2026, 10), null, 1400));

		JFreeChart chart = MonthlyCharts.cumulativeTrainees(points);

		CategoryPlot plot = chart.getCategoryPlot();
		CategoryDataset dataset = plot.getDataset();
		assertThat(dataset.getRowKeys()).containsExactly(MonthlyCharts.PLANNED, MonthlyCharts.ATTENDED);
		assertThat(dataset.getColumnKeys()).containsExactly("3", "6", "10");
		assertThat(dataset.getValue(MonthlyCharts.PLANNED, "10").doubleValue()).isEqualTo(1400.0);
		assertThat(dataset.getValue(MonthlyCharts.ATTENDED, "6").doubleValue()).isEqualTo(824.0);
		assertThat(dataset.getValue(MonthlyCharts.ATTENDED, "10")).isNull();
		assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Tháng năm 2026");
		assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Lượt học viên (lũy kế)");
		assertThat(chart.getTitle().getText()).isEqualTo("Học viên lũy kế theo tháng so với kế hoạch");
		assertThat(chart.getTitle().getFont().getFamily()).isEqualTo("DejaVu Sans");
	}

	@Test
	void wardFillShowsEachWardsShareInOrderWithTheLaggingOnesApartAndTheThreshold() {
		List<WardFillRow> wards = List.of(new WardFillRow("kien-hai", "đặc khu Kiên Hải", 38, 0, 0, 0, 2),
				new WardFillRow("binh-duc", "phường Bình Đức", 100, 90, 85, 80, 0),
				new WardFillRow("long-xuyen", "phường Long Xuyên", 95, 92, 90, 78, 0));

		JFreeChart chart = MonthlyCharts.wardFill(wards, 0.9);

		CategoryPlot plot = chart.getCategoryPlot();
		assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
		assertThat(plot.getDataset().getColumnKeys()).containsExactly("Đặc khu Kiên Hải", "Phường Bình Đức",
				"Phường Long Xuyên");
		assertThat(plot.getDataset().getValue(MonthlyCharts.WARD_LAGGING, "Phường Bình Đức").doubleValue())
			.isEqualTo(85.0);
		assertThat(plot.getDataset().getValue(MonthlyCharts.WARD_FILL, "Phường Bình Đức")).isNull();
		assertThat(plot.getDataset().getValue(MonthlyCharts.WARD_FILL, "Phường Long Xuyên").doubleValue())
			.isCloseTo(94.7, org.assertj.core.data.Offset.offset(0.1));
		assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1)
			.allSatisfy((marker) -> assertThat(((org.jfree.chart.plot.ValueMarker) marker).getValue()).isEqualTo(90.0));
		assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 2))
			.isEqualTo("95%");
	}

	@Test
	void budgetByCategoryShowsMillionsOfDong() {
		JFreeChart chart = MonthlyCharts.budgetByCategory(
				List.of(new BudgetCategoryRow("Hỗ trợ tiền ăn học viên", 562_500_000, 240_000_000, 225_000_000)));

		CategoryPlot plot = chart.getCategoryPlot();
		assertThat(plot.getDataset().getValue(MonthlyCharts.ESTIMATE, "Hỗ trợ tiền ăn học viên").doubleValue())
			.isEqualTo(562.5);
		assertThat(plot.getDataset().getValue(MonthlyCharts.ESTIMATE_SETTLED, "Hỗ trợ tiền ăn học viên").doubleValue())
			.isEqualTo(240.0);
		assertThat(plot.getDataset().getValue(MonthlyCharts.SETTLED, "Hỗ trợ tiền ăn học viên").doubleValue())
			.isEqualTo(225.0);
		assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Triệu đồng");
	}

	@Test
	void writesAPngAtTwiceItsSize() throws IOException {
		Path png = this.folder.resolve("c.png");

		ChartTheme.writePng(MonthlyCharts.cumulativeTrainees(List.of()), png, 400, 200, 2.0);

		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(400);
	}

}
