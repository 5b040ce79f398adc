package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.sample.Provinces;

/**
 * The map of the 34 provinces on the sample site's home and indicator pages: every province
 * drawn, named and valued, linked where it has a page, hatched where it has no comparable figure,
 * and the same figures in the table beside it.
 */
class ProvinceMapTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion here would see a mutant in the map it draws (#27).
  @TempDir Path out;
  BuiltSite site;

  @BeforeEach
  void build() throws IOException {
    site = BuiltSite.build(Path.of("").toAbsolutePath(), out.resolve("site"));
  }

  @Test
  void theBundledBoundariesAreTheProjectsThirtyFourProvincesWithTheirLicence() throws IOException {
    JsonNode features;
    try (InputStream in = ProvinceShapes.class.getResourceAsStream(ProvinceShapes.RESOURCE)) {
      assertNotNull(in);
      features = new ObjectMapper().readTree(in).get("features");
    }
    Set<String> land = new TreeSet<>();
    Set<String> parts = new TreeSet<>();
    for (JsonNode f : features) {
      JsonNode part = f.get("properties").get("part");
      if (part == null) {
        assertTrue(land.add(f.get("properties").get("slug").asText()), "a province twice: " + f.get("properties"));
      } else {
        parts.add(f.get("properties").get("slug").asText() + "/" + part.asText());
      }
    }
    assertEquals(new TreeSet<>(Provinces.ALL.stream().map(Provinces.Entry::slug).toList()), land);
    assertEquals(Set.of("da-nang/hoang-sa", "khanh-hoa/truong-sa"), parts);
    assertTrue(Files.size(Path.of("src/main/resources/vn/xaso/site/", ProvinceShapes.RESOURCE)) < 300_000);
    String licence = new String(ProvinceShapes.class.getResourceAsStream("map/LICENCE.txt").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(licence.contains("CC BY-SA 4.0") && licence.contains("Open Development Vietnam")
        && licence.contains("Copyright (c) 2025 Talia Cao"), licence);
  }

  @Test
  void everyProvinceIsDrawnNamedAndValuedAndLinkedWhereItHasAPage() throws IOException {
    for (String page : List.of("index.html", "en/index.html", "indicators/online_share/index.html",
        "en/indicators/on_time_rate/index.html")) {
      Element map = map(site.page(page));
      List<Element> provinces = map.select("svg.map-svg [data-province]");
      assertEquals(Provinces.ALL.stream().map(Provinces.Entry::slug).sorted().toList(),
          provinces.stream().map(e -> e.attr("data-province")).toList(), page);
      for (Element e : provinces) {
        String name = Provinces.find(e.attr("data-province")).orElseThrow().name();
        String title = e.selectFirst("title").text();
        assertTrue(title.startsWith(name + ": "), page + ": " + title);
        assertEquals(title, e.attr("aria-label"), page);
        boolean hasPage = Set.of("hai-phong", "quang-ngai").contains(e.attr("data-province"));
        assertEquals(hasPage, e.tagName().equals("a") && e.hasAttr("href"), page + " " + title);
        if (hasPage) {
          assertTrue(site.files().contains(BuiltSite.resolve(page, e.attr("href"))), page + " → " + e.attr("href"));
        }
      }
      assertFalse(map.select("text.map-place").isEmpty(), page);
    }
  }

  /**
   * On the home page the map shows the share of procedures fully online, by issue #24's rule
   * ({@code derive.Comparisons}): Quảng Ngãi's commune gives it as of 08/10/2025, Hùng Thắng (Hải
   * Phòng) as of 07/11/2025, within a month of each other, so both colour their province; Chí Minh
   * gives none and is counted out, and the page names the group and says so.
   */
  @Test
  void onlyTheMainGroupOfComparableFiguresColoursAndTheRestIsHatchedNoData() throws IOException {
    Element map = map(site.page("index.html"));
    Element quangNgai = map.selectFirst("svg [data-province=quang-ngai]");
    assertEquals("Quảng Ngãi: 34,91%", quangNgai.attr("aria-label"));
    assertEquals(ProvinceMap.colour(34.91), quangNgai.selectFirst("path").attr("fill"));
    assertFalse(quangNgai.hasClass("no-data"));
    Element haiPhong = map.selectFirst("svg [data-province=hai-phong]");
    assertFalse(haiPhong.hasClass("no-data"));
    assertEquals("Hải Phòng: 58,2%", haiPhong.attr("aria-label"));
    assertEquals(ProvinceMap.colour(100.0 * 220 / 378), haiPhong.selectFirst("path").attr("fill"));
    String hatch = map.selectFirst("svg pattern").id();
    String basis = map.selectFirst(".map-basis").text();
    assertTrue(basis.contains("Số liệu tại một thời điểm, tính đến 08/10/2025 – 07/11/2025"), basis);
    assertTrue(basis.contains("1 xã không được tính: 0 xã có số liệu khác loại hoặc khác thời điểm, 1 xã không có"),
        basis);
    String en = map(site.page("en/index.html")).selectFirst(".map-basis").text();
    assertTrue(en.contains("Figures at a date, as of 8 Oct 2025 – 7 Nov 2025")
        && en.contains("1 communes are not counted: 0 with figures of another kind or date, 1 with no"), en);
    assertEquals(32, map.select("svg .no-data").size());
    // Every no-data province and only those is hatched; the others have one of the five colours.
    for (Element e : map.select("svg [data-province]")) {
      String fill = e.selectFirst("path").attr("fill");
      assertEquals(e.hasClass("no-data"), fill.equals("url(#" + hatch + ")"), e.attr("aria-label"));
      assertTrue(e.hasClass("no-data") || ProvinceMap.COLOURS.contains(fill), fill);
    }
    // The legend names the hatch.
    assertEquals("Chưa có số liệu", map.selectFirst(".map-legend li.no-data").text());
    assertEquals("url(#" + hatch + ")", map.selectFirst(".map-legend li.no-data rect").attr("fill"));
  }

  @Test
  void theTableBesideTheMapHoldsTheSameFiguresAndListsTheProvincesWithout() throws IOException {
    for (String page : List.of("index.html", "indicators/online_share/index.html", "en/indicators/online_share/index.html")) {
      Element map = map(site.page(page));
      List<String> fromTable = new ArrayList<>();
      for (Element row : map.select("table.map-table tbody tr")) {
        fromTable.add(row.selectFirst("th").text() + ": " + row.selectFirst("td").text());
      }
      List<String> coloured = map.select("svg [data-province]:not(.no-data)").stream()
          .map(e -> e.attr("aria-label")).sorted().toList();
      assertEquals(coloured, fromTable.stream().sorted().toList(), page);
      int without = map.select("svg .no-data").size();
      assertEquals(34, without + fromTable.size(), page);
      assertTrue(map.selectFirst(".map-no-data").text().contains("(" + without + " "), page);
    }
    Element online = map(site.page("indicators/online_share/index.html"));
    assertEquals("Hải Phòng: 94,71%", online.selectFirst("svg [data-province=hai-phong]").attr("aria-label"));
  }

  @Test
  void theTableDatesEachFigureByItsOwnDateNotItsReportsSpan() throws IOException {
    // Hùng Thắng's procedures are stated as of 07/11/2025; its report's dossiers cover 28/11–05/12.
    Element row = map(site.page("index.html")).selectFirst("table.map-table tr[data-province=hai-phong]");
    assertEquals("tính đến 07/11/2025", row.select("td").last().text());
  }

  @Test
  void theIslandsAreDrawnWithTheirProvincesAndNamed() throws IOException {
    for (String page : List.of("index.html", "en/index.html")) {
      Element map = map(site.page(page));
      assertFalse(map.select("svg [data-province=da-nang] path.islands").isEmpty(), page);
      assertFalse(map.select("svg [data-province=khanh-hoa] path.islands").isEmpty(), page);
      assertEquals(2, map.select("svg path.islands").size(), page);
      String names = map.select("text.map-place").text();
      assertTrue(names.contains("Hoàng Sa") && names.contains("Đà Nẵng"), names);
      assertTrue(names.contains("Trường Sa") && names.contains("Khánh Hòa"), names);
    }
  }

  @Test
  void theBoundariesSourceAndLicenceAreOnThePageInBothLanguages() throws IOException {
    for (String page : List.of("index.html", "en/index.html")) {
      Element source = map(site.page(page)).selectFirst(".map-source");
      assertEquals(ProvinceMap.ODV, source.select("a").get(0).attr("href"));
      assertEquals(ProvinceMap.CC_BY_SA, source.select("a").get(1).attr("href"));
      assertTrue(source.text().contains("Talia Cao"), source.text());
    }
    assertTrue(map(site.page("en/index.html")).selectFirst(".map-source").text().startsWith("Province boundaries"));
  }

  @Test
  void theSvgIsTheSameBytesFromTwoBuilds(@TempDir Path again) throws IOException {
    BuiltSite second = BuiltSite.build(Path.of("").toAbsolutePath(), again.resolve("site"));
    for (String page : List.of("index.html", "indicators/online_share/index.html")) {
      assertEquals(map(site.page(page)).outerHtml(), map(second.page(page)).outerHtml(), page);
    }
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.root().resolve(PreviewImage.PATH)),
        Files.readAllBytes(second.root().resolve(PreviewImage.PATH))));
  }

  @Test
  void eachShareFallsInOneOfFiveClassesOfTwentyPoints() {
    assertEquals(ProvinceMap.COLOURS.get(0), ProvinceMap.colour(0));
    assertEquals(ProvinceMap.COLOURS.get(0), ProvinceMap.colour(19.99));
    assertEquals(ProvinceMap.COLOURS.get(1), ProvinceMap.colour(20));
    assertEquals(ProvinceMap.COLOURS.get(3), ProvinceMap.colour(79.99));
    assertEquals(ProvinceMap.COLOURS.get(4), ProvinceMap.colour(80));
    assertEquals(ProvinceMap.COLOURS.get(4), ProvinceMap.colour(100));
  }

  @Test
  void thePreviewReadsBackThePathsTheMapWrites() {
    java.awt.geom.Path2D p = PreviewImage.shape("M0 0 10 0 10 10Z M20 20 30 20 30 30Z");
    java.awt.geom.Rectangle2D box = p.getBounds2D();
    assertEquals(new java.awt.geom.Rectangle2D.Double(0, 0, 30, 30), box);
    assertTrue(p.contains(9, 1) && !p.contains(15, 15));
    // Every province's outline is closed rings of whole numbers inside the map's box.
    ProvinceShapes shapes = ProvinceShapes.vietnam();
    for (ProvinceShapes.Shape s : shapes.shapes()) {
      assertTrue(s.land().matches("(M\\d+ \\d+( \\d+ \\d+)*Z)+"), s.slug());
      java.awt.geom.Rectangle2D b = PreviewImage.shape(s.land()).getBounds2D();
      assertTrue(b.getMinX() >= 0 && b.getMaxX() < shapes.width() && b.getMinY() >= 0 && b.getMaxY() < shapes.height(),
          s.slug() + " " + b);
    }
  }

  static Element map(Document d) {
    Element map = d.selectFirst("figure.map");
    assertNotNull(map, d.location());
    return map;
  }
}
