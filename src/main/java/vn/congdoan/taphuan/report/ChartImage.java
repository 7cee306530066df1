package vn.congdoan.taphuan.report;

import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * A chart of a report with the size its PNG is drawn at, in points (the PNG has twice as
 * many pixels); in the PDF it fills its image element.
 */
record ChartImage(JFreeChart chart, int width, int height) {

	ChartImage {
		Objects.requireNonNull(chart, "chart");
	}

}
