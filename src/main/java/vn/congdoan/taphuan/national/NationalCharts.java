package vn.congdoan.taphuan.national;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.congdoan.taphuan.national.NationalFigures.Ranked;

/**
 * The national report's charts: one horizontal bar per unit for an indicator, best first,
 * each bar labelled with its value the Vietnamese way (1.234; 87,5%). A pure function of
 * the ranking. Text is DejaVu Sans, registered with AWT from the
 * {@code jasperreports-fonts} jar (a font AWT does not know falls back to one without
 * Vietnamese letters).
 */
final class NationalCharts {

	static final String FONT = "DejaVu Sans";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final Color BAR = new Color(0x1F4E79);

	private static final Color GRID = new Color(0xD9D9D9);

	private static final Color TEXT = new Color(0x262626);

	private static volatile boolean fontsRegistered;

	private NationalCharts() {
	}

	/** Points per bar: the chart's height follows the number of units. */
	static int height(int bars) {
		return Math.max(140, 40 + 11 * bars);
	}

	/** The chart of one indicator. */
	static JFreeChart ranking(Indicator indicator, List<Ranked> ranked) {
		registerFonts();
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Ranked unit : ranked) {
			dataset.addValue(indicator.isRatio() ? unit.value() * 100 : unit.value(), indicator.label(),
					unit.place() + ". " + unit.unit().shortName());
		}
		CategoryAxis units = new CategoryAxis();
		units.setTickLabelFont(new Font(FONT, Font.PLAIN, 7));
		units.setTickLabelPaint(TEXT);
		units.setCategoryMargin(0.25);
		units.setLowerMargin(0.01);
		units.setUpperMargin(0.01);
		units.setAxisLineVisible(false);
		NumberAxis values = new NumberAxis(indicator.isRatio() ? "%" : "lượt");
		values.setTickLabelFont(new Font(FONT, Font.PLAIN, 7));
		values.setLabelFont(new Font(FONT, Font.PLAIN, 7));
		values.setTickLabelPaint(TEXT);
		values.setNumberFormatOverride(format(false));
		values.setUpperMargin(0.14);
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setSeriesPaint(0, BAR);
		bars.setMaximumBarWidth(0.06);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(indicator.isRatio())));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 6));
		bars.setDefaultItemLabelPaint(TEXT);
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setItemLabelAnchorOffset(3);
		CategoryPlot plot = new CategoryPlot(dataset, units, values, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setDomainGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(2, 2, 2, 8));
		JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 10), plot, false);
		chart.setTitle(new TextTitle(indicator.label(), new Font(FONT, Font.BOLD, 10)));
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		return chart;
	}

	/** 1.234 for counts; 87,5 for percentages (the axis says %). */
	static NumberFormat format(boolean percent) {
		DecimalFormat format = new DecimalFormat(percent ? "#,##0.0" : "#,##0", new DecimalFormatSymbols(VIETNAMESE));
		format.setGroupingUsed(true);
		return format;
	}

	/**
	 * Writes a chart as a PNG of {@code width} × {@code height} points at twice as many
	 * pixels, through a temporary file.
	 */
	static void writePng(JFreeChart chart, Path target, int width, int height) {
		double scale = 2.0;
		BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.scale(scale, scale);
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			graphics.dispose();
		}
		try {
			Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".taphuan-", ".png");
			try {
				ImageIO.write(image, "png", temporary.toFile());
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write chart " + target, ex);
		}
	}

	private static void registerFonts() {
		if (fontsRegistered) {
			return;
		}
		synchronized (NationalCharts.class) {
			if (fontsRegistered) {
				return;
			}
			GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
			for (String file : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
				String resource = "net/sf/jasperreports/fonts/dejavu/" + file;
				try (InputStream in = NationalCharts.class.getClassLoader().getResourceAsStream(resource)) {
					if (in == null) {
						throw new IllegalStateException(
								"Font missing from the classpath (jasperreports-fonts): " + resource);
					}
					environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
				}
				catch (IOException | FontFormatException ex) {
					throw new IllegalStateException("Cannot register font " + resource, ex);
				}
			}
			fontsRegistered = true;
		}
	}

}
