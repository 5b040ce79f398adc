package vn.xaso.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import vn.xaso.model.Lang;

/**
 * The outcome of a check as one JSON object, shaped as frictionless' {@code Report}: whether the
 * data is valid, counts, and every problem with its position and its message and hint in both
 * languages. {@code xaso validate --format json} prints it; {@code xaso serve}'s status carries it.
 * Written so that no text from a data file can end the object or a page's script: {@code <},
 * {@code >} and {@code &} are escaped too.
 */
public final class JsonReport {
  /**
   * What was checked: files read, reports and communes among them ({@code null} when the caller
   * does not know, as in an incremental rebuild), and every error and warning counted, also those
   * past a file's limit that are not listed one by one.
   */
  public record Stats(Integer files, Integer reports, Integer communes, long errors, long warnings) {}

  private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(new HtmlSafe()));

  /** Two spaces and a line feed on every system: the same check prints the same bytes. */
  private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private JsonReport() {}

  /** The report of {@code problems} with {@code stats}; valid when no error was counted. */
  public static ObjectNode of(List<Problem> problems, Stats stats) {
    ObjectNode report = JSON.createObjectNode();
    report.put("valid", stats.errors() == 0);
    ObjectNode counts = report.putObject("stats");
    counts.put("files", stats.files());
    counts.put("reports", stats.reports());
    counts.put("communes", stats.communes());
    counts.put("errors", stats.errors());
    counts.put("warnings", stats.warnings());
    ArrayNode list = report.putArray("problems");
    for (Problem p : problems) {
      ObjectNode o = list.addObject();
      o.put("code", p.code().id());
      o.put("severity", p.severity().code());
      o.put("file", p.file());
      // Line 0 is the file as a whole: no position rather than a position that is not there.
      o.put("line", p.position().line() == 0 ? null : p.position().line());
      o.put("column", p.position().line() == 0 ? null : p.position().column());
      o.put("field", p.field().isEmpty() ? null : p.field());
      o.putObject("message").put("vi", p.message(Lang.VI)).put("en", p.message(Lang.EN));
      o.putObject("hint").put("vi", p.hint(Lang.VI)).put("en", p.hint(Lang.EN));
    }
    return report;
  }

  /** An empty object to build a larger answer around a report, written by {@link #write}. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** The JSON text, indented for people or on one line for a program. */
  public static String write(JsonNode node, boolean indented) {
    try {
      return indented ? JSON.writer(INDENTED).writeValueAsString(node) : JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON's own escapes, and {@code <}, {@code >}, {@code &} as {@code \\u003C}…: safe inside HTML. */
  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafe() {
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
