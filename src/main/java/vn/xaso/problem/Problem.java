package vn.xaso.problem;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.model.Lang;

/**
 * One problem in one file. Messages come from the {@link Code} catalogue, filled with the
 * arguments, so the same mistake is always told in the same words.
 */
public record Problem(String file, Position position, String field, Code code, Map<String, Object> args) {

  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(p -> p.position().line())
          .thenComparingInt(p -> p.position().column())
          .thenComparing(p -> p.code().id())
          .thenComparing(Problem::field);

  public Problem {
    field = field == null ? "" : field;
    code.check(args);
    // Sorted: callers often pass a Map.of, whose order changes from one JVM to the next, and the
    // cache stores problems as they iterate.
    Map<String, Object> all = new TreeMap<>(args);
    all.putIfAbsent("field", field);
    args = Collections.unmodifiableMap(all);
  }

  public Severity severity() {
    return code.severity();
  }

  public String message(Lang lang) {
    return Code.fill(code.message(lang), args, lang);
  }

  public String hint(Lang lang) {
    return Code.fill(code.hint(lang), args, lang);
  }

  /** {@code file:line:col} as editors and CI logs understand it. */
  public String location() {
    return Code.visible(file) + ":" + position.line() + ":" + position.column();
  }

  /**
   * The four-line form printed by {@code xaso validate}: location, code and Vietnamese message;
   * the English message; the hint in Vietnamese; the hint in English.
   */
  public String format() {
    String head = location() + ": " + severity().code() + "[" + code.id() + "] "
        + (field.isEmpty() ? "" : Code.visible(field) + ": ") + message(Lang.VI);
    return head + "\n    " + message(Lang.EN)
        + "\n    → " + hint(Lang.VI)
        + "\n    → " + hint(Lang.EN);
  }

  /** A GitHub Actions workflow command, so the problem shows on the pull request's line. */
  public String githubAnnotation() {
    String level = severity() == Severity.ERROR ? "error" : "warning";
    String title = code.id() + (field.isEmpty() ? "" : " " + Code.visible(field));
    String body = message(Lang.VI) + " / " + message(Lang.EN) + " → " + hint(Lang.VI) + " / " + hint(Lang.EN);
    return "::" + level + " file=" + escapeProperty(Code.visible(file)) + ",line=" + Math.max(1, position.line())
        + ",col=" + Math.max(1, position.column()) + ",title=" + escapeProperty(title) + "::" + escapeData(body);
  }

  private static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
