package vn.xaso.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.schema.Schema;

/**
 * Scores a draft against the committed transcription of the same report, field by field. Counted
 * are the figures, dates, document numbers and kinds, codes and names a transcriber copies; the
 * summaries (Vietnamese and English text, software and database names, assessment, difficulties)
 * are written by a person and not counted. List items are paired by their document number.
 */
final class SeedScore {
  static final List<String> SEEDS = List.of("hung-thang_2025-12-05_dang-uy.txt", "chi-minh_2025-07_ubnd.txt",
      "minh-long_2025-10_ubnd.txt");
  /** Where each seed's text is kept in the project, as the evidence format lays it out. */
  static final Map<String, String> KEPT = Map.of(
      "hung-thang_2025-12-05_dang-uy.txt", "sources/hai-phong/hung-thang/hung-thang_2025-12-05_dang-uy.txt",
      "chi-minh_2025-07_ubnd.txt", "sources/hai-phong/chi-minh/chi-minh_2025-07_ubnd.txt",
      "minh-long_2025-10_ubnd.txt", "sources/quang-ngai/minh-long/minh-long_2025-10_ubnd.txt");
  static final Map<String, String> COMMITTED = Map.of(
      "hung-thang_2025-12-05_dang-uy.txt", "data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml",
      "chi-minh_2025-07_ubnd.txt", "data/hai-phong/chi-minh/2025-07-31.yaml",
      "minh-long_2025-10_ubnd.txt", "data/quang-ngai/minh-long/2025-10-08.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Right, produced and expected counts of one section. */
  static final class Tally {
    int right;
    int produced;
    int expected;

    double precision() {
      return produced == 0 ? 1 : (double) right / produced;
    }

    double recall() {
      return expected == 0 ? 1 : (double) right / expected;
    }
  }

  /** The kept text of a seed report, read from the project's {@code sources/}. */
  static String seed(String name) throws IOException {
    return Files.readString(Path.of(KEPT.get(name)));
  }

  static String draft(String text, String file) {
    return new DraftWriter(new Schema().report()).render(Extractor.extract(text, file), file, null, false);
  }

  /** Path → value of every counted leaf. */
  static Map<String, String> leaves(String yaml, boolean fold) throws IOException {
    Map<String, String> out = new TreeMap<>();
    JsonNode root = YAML.readTree(yaml);
    walk(root, "", out, fold);
    return out;
  }

  private static void walk(JsonNode node, String path, Map<String, String> out, boolean fold) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (!counted(child)) {
          continue;
        }
        walk(e.getValue(), child, out, fold);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        JsonNode number = item.has("conclusion") ? item.get("conclusion").get("number") : item.get("number");
        String key = number == null || number.isNull() ? "#" + i : number.asText();
        walk(item, path + "[" + key + "]", out, fold);
      }
    } else {
      String v = node.asText();
      if (node.isNumber()) {
        v = new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
      }
      out.put(path, fold ? fold(v) : v);
    }
  }

  private static boolean counted(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    if (last.equals("vi") || last.equals("en") || last.equals("notes") || last.equals("note")) {
      return false;
    }
    String first = path.split("[.\\[]")[0];
    if (List.of("assessment", "difficulties", "proposals", "quality_notes", "confirmed_as_reported").contains(first)) {
      return false;
    }
    return !path.endsWith(".software") && !path.endsWith(".databases") && !path.endsWith(".title")
        && !path.endsWith(".issuer") && !path.endsWith(".signer_role") && !path.endsWith(".summary");
  }

  /** Marks stripped, for names compared after OCR lost them. */
  static String fold(String s) {
    return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** Scores one draft: per section, and the list of differences. */
  static Map<String, Tally> score(Map<String, String> expected, Map<String, String> draft, List<String> diffs) {
    Map<String, Tally> bySection = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Tally t = bySection.computeIfAbsent(section(e.getKey()), k -> new Tally());
      t.expected++;
      String got = draft.get(e.getKey());
      if (e.getValue().equals(got)) {
        t.right++;
      } else {
        diffs.add((got == null ? "missed " : "WRONG  ") + e.getKey() + " = " + e.getValue() + (got == null ? "" : ", got " + got));
      }
    }
    for (Map.Entry<String, String> e : draft.entrySet()) {
      Tally t = bySection.computeIfAbsent(section(e.getKey()), k -> new Tally());
      t.produced++;
      if (!expected.containsKey(e.getKey())) {
        diffs.add("EXTRA  " + e.getKey() + " = " + e.getValue());
      }
    }
    return bySection;
  }

  static String section(String path) {
    return path.split("[.\\[]")[0];
  }

  static String table(String title, Map<String, Tally> tallies) {
    StringBuilder out = new StringBuilder(title).append('\n');
    Tally all = new Tally();
    tallies.forEach((k, t) -> {
      out.append(String.format(Locale.ROOT, "  %-16s precision %3d/%-3d %5.1f%%  recall %3d/%-3d %5.1f%%%n", k,
          t.right, t.produced, 100 * t.precision(), t.right, t.expected, 100 * t.recall()));
      all.right += t.right;
      all.produced += t.produced;
      all.expected += t.expected;
    });
    out.append(String.format(Locale.ROOT, "  %-16s precision %3d/%-3d %5.1f%%  recall %3d/%-3d %5.1f%%%n", "ALL",
        all.right, all.produced, 100 * all.precision(), all.right, all.expected, 100 * all.recall()));
    return out.toString();
  }
}
