// Draws the HJP Workbench icon at every size the window, launchers and desktop entries use, as PNG files:
// a teal rounded square holding a white health cross with a scale of justice across it. Each size is drawn
// from the shapes (not scaled from a bitmap), so small sizes stay sharp; below 32 px the scale is left out.
//   java releng/icons/DrawIcon.java <output folder>

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

public class DrawIcon {

	static final int[] SIZES = { 16, 24, 32, 48, 64, 128, 256 };
	static final Color TEAL = new Color(0x0F, 0x6E, 0x6A);
	static final Color DEEP_TEAL = new Color(0x0A, 0x4D, 0x4A);
	static final Color GOLD = new Color(0xF2, 0xB1, 0x34);

	public static void main(String[] args) throws IOException {
		File folder = new File(args[0]);
		folder.mkdirs();
		for (int size : SIZES) {
			ImageIO.write(draw(size), "png", new File(folder, "hjp-" + size + ".png"));
		}
	}

	static BufferedImage draw(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.scale(size / 256.0, size / 256.0);
		double inset = size <= 24 ? 4 : 10;
		g.setPaint(new GradientPaint(0, 0, TEAL, 0, 256, DEEP_TEAL));
		g.fill(new RoundRectangle2D.Double(inset, inset, 256 - 2 * inset, 256 - 2 * inset, 56, 56));

		double arm = size <= 24 ? 60 : 50;
		Area cross = new Area(new RoundRectangle2D.Double(128 - arm / 2, 40, arm, 176, 12, 12));
		cross.add(new Area(new RoundRectangle2D.Double(40, 128 - arm / 2 - 14, 176, arm, 12, 12)));
		g.setColor(Color.WHITE);
		g.fill(cross);

		if (size >= 32) {
			drawScale(g, DEEP_TEAL, 8);
			drawScale(g, GOLD, 0);
		}
		g.dispose();
		return image;
	}

	/** The scale of justice across the cross; drawn twice, wider in a dark edge and then in gold, to stand out on white and teal. */
	static void drawScale(Graphics2D g, Color colour, float edge) {
		g.setColor(colour);
		double beam = 114;
		g.setStroke(new BasicStroke(10 + edge, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(62, beam, 194, beam));
		g.draw(new Line2D.Double(128, beam - 16, 128, 200));
		g.draw(new Line2D.Double(100, 200, 156, 200));
		for (double x : new double[] { 74, 182 }) {
			g.setStroke(new BasicStroke(6 + edge, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new Line2D.Double(x, beam, x - 22, beam + 46));
			g.draw(new Line2D.Double(x, beam, x + 22, beam + 46));
			Arc2D pan = new Arc2D.Double(x - 28, beam + 26, 56, 40, 180, 180, Arc2D.CHORD);
			if (edge > 0) {
				g.draw(pan);
			}
			g.fill(pan);
		}
	}
}
