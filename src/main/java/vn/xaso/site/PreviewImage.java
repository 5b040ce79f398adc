package vn.xaso.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The picture a link to the site shows when shared ({@code og:image}): the province map of one
 * share, drawn at build time into a 1200 × 630 PNG, the size and format link previews accept
 * (they do not take SVG). It holds no text, so it needs no font and comes out the same on any
 * machine; the page's {@code og:title} and {@code og:description} carry the words.
 */
final class PreviewImage {
  /** Where it is written, from the site root. */
  static final String PATH = SiteLayout.PREVIEW_IMAGE;
  static final int WIDTH = 1200;
  static final int HEIGHT = 630;

  private PreviewImage() {}

  /** The PNG of {@code map}: each province in its colour, hatched grey where it has no data. */
  static byte[] draw(ProvinceMap.MapView map) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(new Color(0xf6f8fa));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      double scale = (HEIGHT - 40.0) / map.height();
      AffineTransform at = new AffineTransform();
      at.translate((WIDTH - map.width() * scale) / 2, 20);
      at.scale(scale, scale);
      TexturePaint hatch = hatch();
      for (ProvinceMap.Area a : map.areas()) {
        Path2D land = new Path2D.Double(shape(a.land()), at);
        g.setPaint(a.noData() ? hatch : Color.decode(a.fill()));
        g.fill(land);
        g.setColor(new Color(0x4d4d4d));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(land);
        if (!a.islands().isEmpty()) {
          g.setColor(a.noData() ? new Color(0x8c8c8c) : Color.decode(a.fill()));
          g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.draw(new Path2D.Double(shape(a.islands()), at));
        }
      }
      legend(g, map.legend(), hatch);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The legend's swatches, darkest on top, then the no-data hatch: the same classes as the page's map. */
  private static void legend(Graphics2D g, List<ProvinceMap.Bin> bins, TexturePaint hatch) {
    int x = WIDTH - 120;
    int y = HEIGHT - 60 - 50 * bins.size();
    for (int k = bins.size() - 1; k >= 0; k--) {
      swatch(g, x, y, Color.decode(bins.get(k).colour()));
      y += 50;
    }
    g.setPaint(hatch);
    g.fill(new Rectangle2D.Double(x, y, 60, 36));
    g.setColor(new Color(0x4d4d4d));
    g.draw(new Rectangle2D.Double(x, y, 60, 36));
  }

  private static void swatch(Graphics2D g, int x, int y, Color c) {
    g.setColor(c);
    g.fill(new Rectangle2D.Double(x, y, 60, 36));
    g.setColor(new Color(0x4d4d4d));
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(x, y, 60, 36));
  }

  private static TexturePaint hatch() {
    BufferedImage tile = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    t.setColor(new Color(0xe8e8e8));
    t.fillRect(0, 0, 10, 10);
    t.setColor(new Color(0x8c8c8c));
    t.setStroke(new BasicStroke(3f));
    t.drawLine(0, 10, 10, 0);
    t.drawLine(-5, 5, 5, -5);
    t.drawLine(5, 15, 15, 5);
    t.dispose();
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 10, 10));
  }

  /** The path data {@link ProvinceShapes} writes ("M1 2 3 4Z…": moves and straight lines only) as a shape. */
  static Path2D shape(String d) {
    Path2D.Double p = new Path2D.Double();
    String[] rings = d.split("Z");
    for (String ring : rings) {
      String r = ring.strip();
      if (r.isEmpty()) {
        continue;
      }
      String[] n = r.substring(1).trim().split(" ");
      p.moveTo(Double.parseDouble(n[0]), Double.parseDouble(n[1]));
      for (int i = 2; i + 1 < n.length; i += 2) {
        p.lineTo(Double.parseDouble(n[i]), Double.parseDouble(n[i + 1]));
      }
      p.closePath();
    }
    return p;
  }
}
