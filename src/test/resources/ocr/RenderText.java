import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders a UTF-8 text to A4 page images at 200 dpi (DejaVu Serif 12 pt, lines wrapped at the page
 * width), the way a printed report looks to a scanner. Run: java RenderText.java IN.txt OUT-PREFIX.
 * Writes OUT-PREFIX-1.png, OUT-PREFIX-2.png, …
 */
public class RenderText {
  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int width = 1654, height = 2339, margin = 160; // A4 at 200 dpi
    Font font = new Font("DejaVu Serif", Font.PLAIN, 33); // 12 pt at 200 dpi
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    var metrics = probe.createGraphics().getFontMetrics(font);
    List<String> wrapped = new ArrayList<>();
    for (String line : lines) {
      String rest = line.replace("\t", "    ");
      while (metrics.stringWidth(rest) > width - 2 * margin) {
        int cut = rest.length();
        while (cut > 0 && metrics.stringWidth(rest.substring(0, cut)) > width - 2 * margin) {
          cut = rest.lastIndexOf(' ', cut - 1);
        }
        if (cut <= 0) {
          break;
        }
        wrapped.add(rest.substring(0, cut));
        rest = rest.substring(cut + 1);
      }
      wrapped.add(rest);
    }
    int step = metrics.getHeight() + 6;
    int perPage = (height - 2 * margin) / step;
    int page = 0;
    for (int from = 0; from < wrapped.size(); from += perPage) {
      BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setFont(font);
      int y = margin + metrics.getAscent();
      for (int i = from; i < Math.min(wrapped.size(), from + perPage); i++, y += step) {
        g.drawString(wrapped.get(i), margin, y);
      }
      g.dispose();
      ImageIO.write(img, "png", new File(args[1] + "-" + (++page) + ".png"));
    }
  }
}
