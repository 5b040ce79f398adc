package vn.xaso.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outlines of the 34 provinces, read once from the bundled, simplified boundary file
 * ({@code map/provinces-34.geojson}, its source and licence in {@code map/LICENCE.txt} and
 * docs/map.md) and projected into SVG path data: whole numbers in a box {@link #width} by
 * {@link #height}, so that the same file always gives the same paths, byte for byte.
 *
 * <p>The projection is equirectangular, squeezed east–west by the cosine of 16° N, the middle of
 * the country: at this size no other projection would look different. Hoàng Sa and Trường Sa are
 * kept with Đà Nẵng and Khánh Hòa as separate parts ({@link Shape#islands}), as their reefs are
 * smaller than a line's width and must be drawn with a stroke to be seen at all.
 */
final class ProvinceShapes {
  static final String RESOURCE = "map/provinces-34.geojson";
  /** Units of the SVG box per degree of latitude: 60 makes one unit about 1.85 km. */
  private static final double SCALE = 60;
  private static final double SQUEEZE = Math.cos(Math.toRadians(16));

  /** One province: its mainland and coastal islands as path data, and its archipelago ("" when none). */
  record Shape(String slug, String land, String islands, String archipelago, int[] islandsBox) {}

  private static final ProvinceShapes VIETNAM = load();

  private final List<Shape> shapes;
  private final int width;
  private final int height;

  private ProvinceShapes(List<Shape> shapes, int width, int height) {
    this.shapes = List.copyOf(shapes);
    this.width = width;
    this.height = height;
  }

  static ProvinceShapes vietnam() {
    return VIETNAM;
  }

  /** The provinces, by slug. */
  List<Shape> shapes() {
    return shapes;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  private static ProvinceShapes load() {
    JsonNode features;
    try (InputStream in = ProvinceShapes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      features = new ObjectMapper().readTree(in).get("features");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (JsonNode f : features) {
      forEachPoint(f, (lon, lat) -> {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      });
    }
    Projection p = new Projection(box[0], box[3]);
    Map<String, String> land = new TreeMap<>();
    Map<String, String> islands = new TreeMap<>();
    Map<String, String> archipelago = new TreeMap<>();
    Map<String, int[]> islandsBox = new TreeMap<>();
    for (JsonNode f : features) {
      String slug = f.get("properties").get("slug").asText();
      JsonNode part = f.get("properties").get("part");
      if (part == null) {
        land.put(slug, path(f, p));
      } else {
        islands.put(slug, path(f, p));
        archipelago.put(slug, part.asText());
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        forEachPoint(f, (lon, lat) -> {
          b[0] = Math.min(b[0], p.x(lon));
          b[1] = Math.min(b[1], p.y(lat));
          b[2] = Math.max(b[2], p.x(lon));
          b[3] = Math.max(b[3], p.y(lat));
        });
        islandsBox.put(slug, b);
      }
    }
    List<Shape> shapes = new ArrayList<>();
    land.forEach((slug, d) -> shapes.add(new Shape(slug, d, islands.getOrDefault(slug, ""),
        archipelago.getOrDefault(slug, ""), islandsBox.get(slug))));
    shapes.sort(Comparator.comparing(Shape::slug));
    return new ProvinceShapes(shapes, p.x(box[2]) + 1, p.y(box[1]) + 1);
  }

  private record Projection(double west, double north) {
    int x(double lon) {
      return (int) Math.round((lon - west) * SQUEEZE * SCALE);
    }

    int y(double lat) {
      return (int) Math.round((north - lat) * SCALE);
    }
  }

  private interface PointSink {
    void accept(double lon, double lat);
  }

  private static void forEachPoint(JsonNode feature, PointSink sink) {
    for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
      for (JsonNode ring : polygon) {
        for (JsonNode pt : ring) {
          sink.accept(pt.get(0).asDouble(), pt.get(1).asDouble());
        }
      }
    }
  }

  /** "M1 2 3 4 5 6Z…": each ring once, points that round to the one before left out. */
  private static String path(JsonNode feature, Projection p) {
    StringBuilder d = new StringBuilder();
    for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
      for (JsonNode ring : polygon) {
        int lastX = Integer.MIN_VALUE;
        int lastY = Integer.MIN_VALUE;
        boolean first = true;
        for (JsonNode pt : ring) {
          int x = p.x(pt.get(0).asDouble());
          int y = p.y(pt.get(1).asDouble());
          if (x == lastX && y == lastY) {
            continue;
          }
          d.append(first ? "M" : " ").append(x).append(' ').append(y);
          first = false;
          lastX = x;
          lastY = y;
        }
        d.append('Z');
      }
    }
    return d.toString();
  }
}
