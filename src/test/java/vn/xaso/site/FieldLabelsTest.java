package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.evidence.Gaps;
import vn.xaso.model.Lang;
import vn.xaso.model.Text;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * Every field a report page shows is labelled in a citizen's words in both languages, from the
 * messages files; the data dictionary's transcriber wording stays in the dictionary. The fields
 * are walked from the model, so a field added to it without a label fails here.
 */
class FieldLabelsTest {
  /** Words that belong to the transcriber's dictionary, not to a page. */
  private static final List<String> TRANSCRIBERS_VI = List.of("tóm tắt", "đúng như", "báo cáo ghi", "thay cho",
      "chỉ cần cho", "người nhập liệu");
  private static final List<String> TRANSCRIBERS_EN = List.of("summarised", "as stated", "as printed", "exactly as",
      "instead of", "transcriber");

  @TempDir
  Path out;

  /** A field shown on a report page, with its path in the file. */
  record Shown(String path, Shape.Prop prop) {}

  /** The report's parts and every field they hold, as the report page's sections walk them. */
  static List<Shown> shownFields() {
    List<Shown> out = new ArrayList<>();
    for (Shape.Prop p : new Schema().report().props()) {
      if (!Gaps.NOT_PARTS.contains(p.name())) {
        walk(p.name(), p, out);
      }
    }
    return out;
  }

  private static void walk(String path, Shape.Prop p, List<Shown> out) {
    out.add(new Shown(path, p));
    Shape inner = p.shape() instanceof Shape.ListOf l ? l.item() : p.shape();
    if (inner instanceof Shape.Obj o && o.type() != Text.class) {
      o.props().forEach(child -> walk(path + "." + child.name(), child, out));
    }
  }

  @Test
  void everyFieldAReportPageShowsHasACitizenLabelInBothLanguages() {
    List<Shown> fields = shownFields();
    assertTrue(fields.size() > 100, "the walk reaches the nested fields: " + fields.size());
    List<String> unlabelled = new ArrayList<>();
    List<String> transcribers = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      Map<String, String> messages = Messages.of(lang).all();
      for (Shown f : fields) {
        String label = Sections.citizenLabel(messages, f.prop()).orElse(null);
        if (label == null) {
          unlabelled.add(lang + " " + f.path());
          continue;
        }
        for (String word : lang == Lang.VI ? TRANSCRIBERS_VI : TRANSCRIBERS_EN) {
          if (label.toLowerCase(java.util.Locale.ROOT).contains(word)) {
            transcribers.add(lang + " " + f.path() + ": " + label);
          }
        }
      }
    }
    assertEquals(List.of(), unlabelled, "fields with no citizen label in the messages files");
    assertEquals(List.of(), transcribers, "labels in the transcriber's words");
  }

  @Test
  void oneNameMeaningTwoThingsHasTwoLabels() {
    Map<String, String> vi = Messages.of(Lang.VI).all();
    Shape.Obj procedures = new Schema().object(vn.xaso.model.Procedures.class);
    Shape.Obj use = new Schema().object(vn.xaso.model.ProcedureUse.class);
    assertEquals("TTHC cung cấp DVCTT toàn trình",
        Sections.citizenLabel(vi, procedures.prop("full_online").orElseThrow()).orElseThrow());
    assertEquals("TTHC toàn trình có hồ sơ", Sections.citizenLabel(vi, use.prop("full_online").orElseThrow()).orElseThrow());
  }

  @Test
  void noVietnameseReportOrCommunePageShowsAFieldPathOrACode() throws IOException {
    BuiltSite site = BuiltSite.build(Path.of("").toAbsolutePath(), out.resolve("site"));
    Set<String> words = new TreeSet<>();
    for (Shown f : shownFields()) {
      if (f.path().contains(".") || f.path().contains("_")) {
        words.add(f.path());
      }
      if (f.prop().name().contains("_")) {
        words.add(f.prop().name());
      }
      if (f.prop().shape() instanceof Shape.Scalar s && s.values() != null) {
        words.addAll(s.values());
      }
      if (f.prop().shape() instanceof Shape.ListOf l && l.item() instanceof Shape.Scalar s && s.values() != null) {
        words.addAll(s.values());
      }
    }
    // Longest first, so procedures.total is found whole; a download's file name (infrastructure.csv) is no field.
    List<String> longestFirst = words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    Pattern any = Pattern.compile("(?<![\\p{L}\\p{N}_./-])(" + String.join("|", longestFirst.stream().map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}_-])(?!\\.(?:csv|json|excel))");
    List<String> pages = site.pages().stream()
        .filter(p -> p.matches("[a-z0-9-]+/[a-z0-9-]+/([0-9_-]+/)?index\\.html") && !p.startsWith("en/")).toList();
    assertTrue(pages.size() >= 6, "the sample's three communes and their reports: " + pages);
    List<String> found = new ArrayList<>();
    for (String page : pages) {
      Document doc = site.page(page);
      var m = any.matcher(doc.selectFirst("main").text());
      while (m.find()) {
        found.add(page + ": " + m.group(1));
      }
    }
    assertEquals(List.of(), found, "field paths or English codes on Vietnamese pages");
  }
}
