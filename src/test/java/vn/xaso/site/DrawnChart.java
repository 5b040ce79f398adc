package vn.xaso.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What site.js draws for a {@code figure.chart}, read from the page the way its {@code specOf}
 * reads it: the canvas gives the type ({@code data-chart}) and {@code data-percent}, the table
 * beside it everything else (row headers are labels, with the row's period as a second line when
 * the table has a period column; column headers name the series; each {@code td.num}'s
 * {@code data-value} is a figure, null without one; the words in a gap are those of the first
 * {@code td.num .nr}). Tests assert on this as they did on the canvas's former JSON copy, and
 * BrowserIT checks that the script draws the same in Chromium. The title is the figure's caption.
 */
final class DrawnChart {
  private DrawnChart() {}

  static JsonNode of(Element figure) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Element canvas = figure.selectFirst("canvas");
    Element table = figure.selectFirst("table.chart-table");
    List<Element> rows = table.select("tbody > tr");
    boolean periods = !rows.isEmpty() && rows.get(0).selectFirst("td:not(.num)") != null;
    ObjectNode spec = f.objectNode();
    spec.put("type", canvas.attr("data-chart"));
    spec.put("percent", canvas.hasAttr("data-percent"));
    Document doc = figure.ownerDocument();
    spec.put("locale", doc == null ? "" : doc.selectFirst("html").attr("lang"));
    spec.put("title", figure.selectFirst("figcaption").text());
    Element gap = table.selectFirst("td.num .nr");
    spec.put("missing", gap == null ? "" : gap.wholeText());
    ArrayNode labels = spec.putArray("labels");
    for (Element r : rows) {
      String label = r.child(0).wholeText();
      if (periods) {
        labels.addArray().add(label).add(r.child(1).wholeText());
      } else {
        labels.add(label);
      }
    }
    ArrayNode sets = spec.putArray("datasets");
    List<Element> heads = table.select("thead > tr > th");
    for (int s = periods ? 2 : 1; s < heads.size(); s++) {
      ObjectNode set = sets.addObject();
      set.put("label", heads.get(s).wholeText());
      ArrayNode data = set.putArray("data");
      int series = s - (periods ? 2 : 1);
      for (Element r : rows) {
        Element td = r.select("td.num").get(series);
        if (td.hasAttr("data-value")) {
          data.add(Double.parseDouble(td.attr("data-value")));
        } else {
          data.addNull();
        }
      }
    }
    return spec;
  }
}
