// Draws the HJP Workbench icon at every size the window, launchers and desktop entries use, as PNG files:
// a teal rounded square holding a white health cross with a scale of justice across it. Each size is drawn
// from the shapes (not scaled from a bitmap), so small sizes stay sharp; below 32 px the scale is left out.
// Also writes the Windows .ico and the macOS .icns of the release archives, holding the same PNG images.
//   java releng/icons/DrawIcon.java bundles/org.hjp.workbench.ui/icons releng/release

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
		java.util.Map<Integer, byte[]> pngs = new java.util.TreeMap<>();
		for (int size : SIZES) {
			java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
			ImageIO.write(draw(size), "png", png);
			pngs.put(size, png.toByteArray());
			java.nio.file.Files.write(new File(folder, "hjp-" + size + ".png").toPath(), png.toByteArray());
		}
		if (args.length > 1) {
			java.nio.file.Files.write(new File(args[1], "windows/hjp-workbench.ico").toPath(), ico(pngs));
			java.nio.file.Files.write(new File(args[1], "macos/hjp-workbench.icns").toPath(), icns(pngs));
		}
	}

	/** An .ico whose images are PNGs (Windows Vista and later read them). */
	static byte[] ico(java.util.Map<Integer, byte[]> pngs) {
		java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(6 + 16 * pngs.size() + pngs.values().stream().mapToInt(b -> b.length).sum())
				.order(java.nio.ByteOrder.LITTLE_ENDIAN);
		out.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
		int offset = 6 + 16 * pngs.size();
		for (var entry : pngs.entrySet()) {
			int size = entry.getKey() >= 256 ? 0 : entry.getKey();
			out.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
					.putInt(entry.getValue().length).putInt(offset);
			offset += entry.getValue().length;
		}
		pngs.values().forEach(out::put);
		return out.array();
	}

	/** An .icns with the PNG image types macOS reads: 16, 32, 64, 128 and 256 pixels. */
	static byte[] icns(java.util.Map<Integer, byte[]> pngs) {
		java.util.Map<Integer, String> types = java.util.Map.of(16, "icp4", 32, "icp5", 64, "icp6", 128, "ic07", 256, "ic08");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (var entry : pngs.entrySet()) {
			String type = types.get(entry.getKey());
			if (type != null) {
				body.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				body.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(8 + entry.getValue().length).array());
				body.writeBytes(entry.getValue());
			}
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.writeBytes("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(8 + body.size()).array());
		out.writeBytes(body.toByteArray());
		return out.toByteArray();
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
