package vn.congdoan.taphuan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;

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
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
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

	/** Series of {@link #wardFill}. */
	public static final String ALLOCATION = "Chỉ tiêu phân bổ";

	/** Series of {@link #wardFill}. */
	public static final String WARD_ATTENDED = "Đã tham dự";

	/** Series of {@link #budgetByCategory}. */
	public static final String ESTIMATE = "Dự toán";

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
			String month = "T" + point.month().getMonthValue();
			dataset.addValue(point.cumulativePlanned(), PLANNED, month);
			dataset.addValue(point.cumulativeAttended(), ATTENDED, month);
		}
		String year = points.isEmpty() ? "" : " năm " + points.get(0).month().getYear();
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		CategoryAxis months = new CategoryAxis("Tháng" + year);
		months.setCategoryMargin(0.0);
		months.setMaximumCategoryLabelWidthRatio(1.5f);
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
	 * Per-ward fill: the allocation to date and the trainees who attended, as horizontal
	 * bars, the attended bar labelled with its share of the allocation.
	 */
	public static JFreeChart wardFill(List<WardFillRow> wards) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (WardFillRow ward : wards) {
			dataset.addValue(ward.allocation(), ALLOCATION, ward.wardName());
			dataset.addValue(ward.attended(), WARD_ATTENDED, ward.wardName());
		}
		BarRenderer renderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), numberAxis("Số học viên"), renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = chart("Tham dự so với chỉ tiêu phân bổ theo đơn vị (lũy kế)", plot);
		bars(renderer, new Color(0xBDD7EE), new Color(0x1F4E79));
		renderer.setSeriesItemLabelGenerator(1, new FillLabels(wards));
		renderer.setSeriesItemLabelsVisible(1, true);
		renderer.setSeriesItemLabelFont(1, new Font(ChartTheme.FONT, Font.PLAIN, 8));
		renderer.setSeriesItemLabelPaint(1, new Color(0x262626));
		renderer.setSeriesPositiveItemLabelPosition(1,
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(3.0);
		plot.getRangeAxis().setUpperMargin(0.08);
		return chart;
	}

	/**
	 * Budget estimate against settled amounts by category, in millions of đồng, as
	 * horizontal bars.
	 */
	public static JFreeChart budgetByCategory(List<BudgetCategoryRow> budget) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (BudgetCategoryRow row : budget) {
			dataset.addValue(row.estimate() / 1_000_000.0, ESTIMATE, row.category());
			dataset.addValue(row.settled() / 1_000_000.0, SETTLED, row.category());
		}
		NumberAxis axis = numberAxis("Triệu đồng");
		axis.setNumberFormatOverride(millions());
		BarRenderer renderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = chart("Kinh phí: dự toán và quyết toán theo nội dung chi", plot);
		bars(renderer, new Color(0xBDD7EE), new Color(0xC0504D));
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

	/** Labels an attended bar with the ward's fill, "62%". */
	private static final class FillLabels extends StandardCategoryItemLabelGenerator {

		private final List<WardFillRow> wards;

		FillLabels(List<WardFillRow> wards) {
			this.wards = List.copyOf(wards);
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Double ratio = this.wards.get(column).attendedRatio();
			return (ratio != null) ? Math.round(ratio * 100) + "%" : "";
		}

	}

}
