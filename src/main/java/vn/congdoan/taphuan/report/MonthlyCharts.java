package vn.congdoan.taphuan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The monthly report's charts, each a pure function from the report's records to a themed
 * {@link JFreeChart} with Vietnamese titles, axes and series.
 */
public final class MonthlyCharts {

	/** Series of {@link #cumulativeTrainees}. */
	public static final String PLANNED = "Kế hoạch (chỉ tiêu các lớp, lũy kế)";

	/** Series of {@link #cumulativeTrainees}. */
	public static final String ATTENDED = "Thực hiện (lượt học viên dự, lũy kế)";

	/** Series of {@link #wardFill}: wards at or above the threshold. */
	public static final String WARD_FILL = "Có mặt / chỉ tiêu phân bổ";

	/** Series of {@link #wardFill}: wards below the threshold or with a list missing. */
	public static final String WARD_LAGGING = "Dưới ngưỡng hoặc còn lớp chưa gửi danh sách";

	/** Series of {@link #budgetByCategory}. */
	public static final String ESTIMATE = "Dự toán cả kế hoạch";

	/** Series of {@link #budgetByCategory}. */
	public static final String ESTIMATE_SETTLED = "Dự toán các lớp đã quyết toán";

	/** Series of {@link #budgetByCategory}. */
	public static final String SETTLED = "Quyết toán";

	private MonthlyCharts() {
	}

	/**
	 * Cumulative trainee-turns by month against the plan line: one category per month
	 * ("T1" … "T12"), the actual line stopping at the report month.
	 */
	public static JFreeChart cumulativeTrainees(List<MonthPoint> points) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (MonthPoint point : points) {
			String month = Integer.toString(point.month().getMonthValue());
			dataset.addValue(point.cumulativePlanned(), PLANNED, month);
			dataset.addValue(point.cumulativeAttended(), ATTENDED, month);
		}
		String year = points.isEmpty() ? "" : " năm " + points.get(0).month().getYear();
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		CategoryAxis months = new CategoryAxis("Tháng" + year);
		months.setCategoryMargin(0.0);
		months.setLowerMargin(0.02);
		months.setUpperMargin(0.02);
		CategoryPlot plot = new CategoryPlot(dataset, months, numberAxis("Lượt học viên (lũy kế)"), renderer);
		JFreeChart chart = chart("Học viên lũy kế theo tháng so với kế hoạch", plot);
		renderer.setSeriesStroke(0, new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10.0f,
				new float[] { 6.0f, 4.0f }, 0.0f));
		renderer.setSeriesPaint(0, new Color(0x7F7F7F));
		renderer.setSeriesStroke(1, new BasicStroke(2.5f));
		renderer.setSeriesPaint(1, new Color(0x1F4E79));
		renderer.setSeriesShape(0, ChartTheme.point());
		renderer.setSeriesShape(1, ChartTheme.point());
		return chart;
	}

	/**
	 * Per-ward fill in the order given (worst first): attended as a share of the
	 * allocation, as horizontal bars labelled "62%", the lagging wards in their own
	 * colour, and the threshold as a dashed line. Wards without an allocation have no
	 * share and are left out.
	 */
	public static JFreeChart wardFill(List<WardFillRow> wards, double threshold) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (WardFillRow ward : wards) {
			Double ratio = ward.attendedRatio();
			if (ratio == null) {
				continue;
			}
			String name = ReportText.upperFirst(ward.wardName());
			boolean lagging = ward.lagging(threshold);
			dataset.addValue(lagging ? null : ratio * 100, WARD_FILL, name);
			dataset.addValue(lagging ? ratio * 100 : null, WARD_LAGGING, name);
		}
		BarRenderer renderer = new BarRenderer();
		NumberAxis axis = new NumberAxis("Có mặt / chỉ tiêu phân bổ (%), lũy kế các lớp đã tổ chức");
		axis.setNumberFormatOverride(ChartTheme.integers());
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = chart("Tỷ lệ có mặt so với chỉ tiêu phân bổ theo đơn vị", plot);
		renderer.setItemMargin(-1.0);
		renderer.setMaximumBarWidth(0.7);
		renderer.setSeriesPaint(0, new Color(0x1F4E79));
		renderer.setSeriesPaint(1, new Color(0xE46C0A));
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
				new DecimalFormat("0", DecimalFormatSymbols.getInstance(ChartTheme.VIETNAMESE))));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(new Font(ChartTheme.FONT, Font.PLAIN, 8));
		renderer.setDefaultItemLabelPaint(new Color(0x262626));
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(3.0);
		ValueMarker marker = new ValueMarker(threshold * 100, new Color(0xC00000), new BasicStroke(1.5f,
				BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10.0f, new float[] { 5.0f, 3.0f }, 0.0f));
		marker.setLabel("Ngưỡng " + ReportText.wholePercent(threshold));
		marker.setLabelFont(new Font(ChartTheme.FONT, Font.BOLD, 8));
		marker.setLabelPaint(new Color(0xC00000));
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		plot.addRangeMarker(marker, Layer.FOREGROUND);
		axis.setLowerBound(0);
		axis.setUpperBound(Math.max(110, Math.ceil(maxFill(wards) / 10) * 10 + 10));
		return chart;
	}

	private static double maxFill(List<WardFillRow> wards) {
		return wards.stream()
			.map(WardFillRow::attendedRatio)
			.filter(Objects::nonNull)
			.mapToDouble((ratio) -> ratio * 100)
			.max()
			.orElse(100);
	}

	/**
	 * Budget estimate against settled amounts by category, in millions of đồng, as
	 * horizontal bars.
	 */
	public static JFreeChart budgetByCategory(List<BudgetCategoryRow> budget) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (BudgetCategoryRow row : budget) {
			dataset.addValue(row.estimate() / 1_000_000.0, ESTIMATE, row.category());
			dataset.addValue(row.estimateSettled() / 1_000_000.0, ESTIMATE_SETTLED, row.category());
			dataset.addValue(row.settled() / 1_000_000.0, SETTLED, row.category());
		}
		NumberAxis axis = numberAxis("Triệu đồng");
		axis.setNumberFormatOverride(millions());
		BarRenderer renderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = chart("Kinh phí: dự toán và quyết toán theo nội dung chi", plot);
		bars(renderer, new Color(0xDDEBF7), new Color(0x5B9BD5));
		renderer.setSeriesPaint(2, new Color(0xC0504D));
		return chart;
	}

	private static void bars(BarRenderer renderer, Color first, Color second) {
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(0.06);
		renderer.setSeriesPaint(0, first);
		renderer.setSeriesPaint(1, second);
	}

	private static JFreeChart chart(String title, CategoryPlot plot) {
		JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		ChartTheme.apply(chart);
		chart.setPadding(new RectangleInsets(6, 6, 6, 6));
		chart.getLegend().setPosition(RectangleEdge.BOTTOM);
		chart.getTitle().setPaint(new Color(0x262626));
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		return chart;
	}

	private static NumberAxis numberAxis(String label) {
		NumberAxis axis = new NumberAxis(label);
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(ChartTheme.VIETNAMESE));
		axis.setNumberFormatOverride(ChartTheme.integers());
		return axis;
	}

	private static NumberFormat millions() {
		return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(ChartTheme.VIETNAMESE));
	}

}
