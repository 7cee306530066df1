package vn.congdoan.taphuan.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * A chart handed to a template as an image that draws itself: the PDF exporter gives it
 * the PDF's own {@link Graphics2D}, so the chart stays vector (text drawn as shapes). The
 * chart's title is left out: in the PDF the section heading above the chart says it.
 */
final class ChartRenderable extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	private final JFreeChart chart;

	ChartRenderable(JFreeChart chart) {
		this.chart = chart;
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		TextTitle title = this.chart.getTitle();
		boolean visible = title == null || title.isVisible();
		if (title != null) {
			title.setVisible(false);
		}
		try {
			this.chart.draw(graphics, area);
		}
		finally {
			if (title != null) {
				title.setVisible(visible);
			}
		}
	}

}
