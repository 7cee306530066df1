package vn.congdoan.taphuan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartColor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * How the reports' charts look: DejaVu Sans (registered with AWT from the
 * {@code jasperreports-fonts} jar, since a font AWT does not know falls back to one
 * without Vietnamese letters), white background, flat bars, a sober palette. Also writes
 * a chart as a high-DPI PNG.
 */
final class ChartTheme {

	/** The font family every chart uses. */
	static final String FONT = "DejaVu Sans";

	/** Vietnamese number formatting: '.' groups thousands, ',' marks decimals. */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final String[] FONT_FILES = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
			"DejaVuSans-BoldOblique.ttf" };

	private static final Paint[] SERIES = { new Color(0x1F4E79), new Color(0xC0504D), new Color(0x9BBB59),
			new Color(0x8064A2), new Color(0xF79646) };

	private static final StandardChartTheme THEME = theme();

	private ChartTheme() {
	}

	/** Applies the theme to a chart built by one of the chart functions. */
	static JFreeChart apply(JFreeChart chart) {
		THEME.apply(chart);
		return chart;
	}

	/** Whole numbers as Vietnamese write them: 1.400. */
	static NumberFormat integers() {
		NumberFormat format = NumberFormat.getIntegerInstance(VIETNAMESE);
		format.setGroupingUsed(true);
		return format;
	}

	/**
	 * Writes the chart as a PNG of {@code width} × {@code height} points at {@code scale}
	 * pixels per point, through a temporary file.
	 */
	static void writePng(JFreeChart chart, Path target, int width, int height, double scale) {
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

	private static StandardChartTheme theme() {
		registerFonts();
		StandardChartTheme theme = new StandardChartTheme("taphuan", false);
		theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 13));
		theme.setLargeFont(new Font(FONT, Font.BOLD, 10));
		theme.setRegularFont(new Font(FONT, Font.PLAIN, 9));
		theme.setSmallFont(new Font(FONT, Font.PLAIN, 8));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(new Color(0xBFBFBF));
		theme.setDomainGridlinePaint(new Color(0xD9D9D9));
		theme.setRangeGridlinePaint(new Color(0xD9D9D9));
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setAxisLabelPaint(new Color(0x262626));
		theme.setTickLabelPaint(new Color(0x262626));
		theme.setItemLabelPaint(new Color(0x262626));
		theme.setShadowVisible(false);
		theme.setBarPainter(new StandardBarPainter());
		theme.setXYBarPainter(new StandardXYBarPainter());
		theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES, new Paint[] { ChartColor.WHITE },
				new Paint[] { Color.DARK_GRAY }, new Stroke[] { new BasicStroke(2.0f) },
				new Stroke[] { new BasicStroke(0.5f) }, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		return theme;
	}

	private static void registerFonts() {
		GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
		for (String file : FONT_FILES) {
			String resource = "net/sf/jasperreports/fonts/dejavu/" + file;
			try (InputStream in = ChartTheme.class.getClassLoader().getResourceAsStream(resource)) {
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
	}

	/** The marker drawn at each point of a line. */
	static Shape point() {
		return new Ellipse2D.Double(-3, -3, 6, 6);
	}

}
