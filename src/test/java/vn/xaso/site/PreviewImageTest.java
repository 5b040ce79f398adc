package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The link-preview picture read back pixel by pixel: each province in its colour, a province
 * without data hatched (never a colour of the legend), islands stroked in their province's
 * colour, outlines drawn, and the legend's swatches darkest on top with the hatch below them.
 * The whole-site tests only check that the file exists and is the same twice (#27).
 */
class PreviewImageTest {
  private static final int BACKGROUND = 0xf6f8fa;
  private static final int OUTLINE = 0x4d4d4d;
  private static final Set<Integer> HATCH = Set.of(0xe8e8e8, 0x8c8c8c);

  // A 100 × 59 map: scaled by (630 - 40) / 59 = 10 and centred, a map point (x, y) is pixel (100 + 10x, 20 + 10y).
  private static BufferedImage drawn() throws IOException {
    List<ProvinceMap.Area> areas = List.of(
        // Its right edge at map x 40.05, pixel 500.5: the 1 px outline covers exactly pixel column 500.
        ProvinceMap.outline("a", "M0 0 40.05 0 40.05 40 0 40Z", "M10 50 30 50Z", "#2c7fb8", false),
        ProvinceMap.outline("b", "M50 0 90 0 90 40 50 40Z", "M55 50 85 50Z", null, true));
    List<ProvinceMap.Bin> legend = List.of(new ProvinceMap.Bin("#ffffcc", "< 20 %"),
        new ProvinceMap.Bin("#41b6c4", "20–60 %"), new ProvinceMap.Bin("#253494", "≥ 60 %"));
    ProvinceMap.MapView map = ProvinceMap.outlines(100, 59, areas, legend);
    byte[] png = PreviewImage.draw(map);
    assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
        List.of(png[0], png[1], png[2], png[3]));
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xffffff;
  }

  private static Set<Integer> colours(BufferedImage img, int x0, int y0, int x1, int y1) {
    Set<Integer> out = new TreeSet<>();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        out.add(rgb(img, x, y));
      }
    }
    return out;
  }

  @Test
  void theImageIsTheSizeLinkPreviewsTakeOnTheBackground() throws IOException {
    BufferedImage img = drawn();
    assertEquals(1200, img.getWidth());
    assertEquals(630, img.getHeight());
    assertEquals(BACKGROUND, rgb(img, 0, 0));
    assertEquals(BACKGROUND, rgb(img, 1199, 629));
    // Left of the map's first column and above its first row: nothing is drawn there.
    assertEquals(Set.of(BACKGROUND), colours(img, 0, 0, 95, 630));
    assertEquals(Set.of(BACKGROUND), colours(img, 0, 0, 1200, 15));
  }

  @Test
  void aProvinceIsFilledWithItsColourAndOutlined() throws IOException {
    BufferedImage img = drawn();
    // Map (2, 2)–(38, 38): pixels 120–480 across, 40–400 down.
    assertEquals(Set.of(0x2c7fb8), colours(img, 120, 40, 480, 400));
    assertEquals(OUTLINE, rgb(img, 500, 220));
    assertEquals(BACKGROUND, rgb(img, 502, 220));
    // Outlined all round, the closing edge too: the left edge at pixel 100 darkens pixel 99 by half.
    assertNotEquals(BACKGROUND, rgb(img, 99, 220));
    // The next province's outline is 1 px again after an island's 3 px stroke: its left edge (pixel 600) leaves 598 alone.
    assertEquals(BACKGROUND, rgb(img, 598, 220));
    assertNotEquals(BACKGROUND, rgb(img, 599, 220));
    // Its island, a stroke 3 px wide along map y 50 (pixel row 520), in the province's colour.
    assertEquals(0x2c7fb8, rgb(img, 200, 520));
    assertEquals(0x2c7fb8, rgb(img, 300, 519));
    assertEquals(BACKGROUND, rgb(img, 300, 525));
  }

  @Test
  void aProvinceWithoutDataIsHatchedNeverColoured() throws IOException {
    BufferedImage img = drawn();
    // Map (52, 2)–(88, 38): pixels 620–980 across, 40–400 down.
    assertEquals(HATCH, colours(img, 620, 40, 980, 400));
    // The hatch repeats every 10 pixels both ways, a diagonal band 3 px wide: 40 dark pixels of every 100.
    int dark = 0;
    for (int y = 100; y < 110; y++) {
      for (int x = 700; x < 710; x++) {
        assertEquals(rgb(img, x, y), rgb(img, x + 10, y + 10), x + "," + y);
        assertEquals(rgb(img, x, y), rgb(img, x + 30, y), x + "," + y);
        dark += rgb(img, x, y) == 0x8c8c8c ? 1 : 0;
      }
    }
    assertEquals(40, dark);
    // Its islands in the hatch's grey.
    assertEquals(0x8c8c8c, rgb(img, 800, 520));
    assertEquals(0x8c8c8c, rgb(img, 800, 519));
    assertEquals(BACKGROUND, rgb(img, 800, 523));
  }

  @Test
  void theLegendIsDarkestOnTopWithTheHatchBelow() throws IOException {
    BufferedImage img = drawn();
    // Swatches 60 × 36 at x 1080, from y 630 - 60 - 50 × 3 = 420, one every 50 pixels.
    assertEquals(Set.of(0x253494), colours(img, 1082, 422, 1138, 454));
    assertEquals(Set.of(0x41b6c4), colours(img, 1082, 472, 1138, 504));
    assertEquals(Set.of(0xffffcc), colours(img, 1082, 522, 1138, 554));
    assertEquals(HATCH, colours(img, 1082, 572, 1138, 604));
    // Each outlined in the same grey, 1 px wide (after the map's 3 px island strokes): half of the
    // outline darkens the pixel beside the swatch alike for every swatch, and the next pixel not at all.
    int beside = rgb(img, 1079, 438);
    assertNotEquals(BACKGROUND, beside);
    for (int y : new int[] {438, 488, 538, 588}) {
      assertEquals(beside, rgb(img, 1079, y), "left of the swatch at " + y);
      assertEquals(beside, rgb(img, 1140, y), "right of the swatch at " + y);
      assertEquals(BACKGROUND, rgb(img, 1078, y), "two pixels left of the swatch at " + y);
    }
    // Nothing between swatches, nor below the hatch.
    assertEquals(Set.of(BACKGROUND), colours(img, 1075, 458, 1145, 468));
    assertEquals(Set.of(BACKGROUND), colours(img, 1075, 608, 1145, 630));
  }

  @Test
  void pathsAreReadAsClosedRingsSkippingEmptyOnesAndAnUnpairedNumber() {
    Path2D p = PreviewImage.shape("M0 0 10 0 10 10 7Z Z  M20 20 30 20 30 30Z");
    assertEquals(new Rectangle2D.Double(0, 0, 30, 30), p.getBounds2D());
    assertTrue(p.contains(9, 1));
    assertTrue(p.contains(29, 21));
    assertTrue(!p.contains(15, 15));
    assertEquals(new Rectangle2D.Double(0, 0, 10, 10), PreviewImage.shape("M0 0 10 0 10 10").getBounds2D());
    assertEquals(new Rectangle2D.Double(0, 0, 0, 0), PreviewImage.shape("").getBounds2D());
  }
}
