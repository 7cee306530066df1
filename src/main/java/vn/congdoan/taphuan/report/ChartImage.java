package vn.congdoan.taphuan.report;

import java.util.Objects;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;

/**
 * A chart of a report with the size its PNG is drawn at, in points (the PNG has twice as
 * many pixels); in the PDF it fills its image element. Built from its recipe for each
 * drawing, so that the PDF and the PNG can be drawn at the same time on their own chart
 * objects.
 */
record ChartImage(Supplier<JFreeChart> recipe, int width, int height) {

	ChartImage {
		Objects.requireNonNull(recipe, "recipe");
	}

	/** A new chart, from the recipe. */
	JFreeChart chart() {
		return this.recipe.get();
	}

}
