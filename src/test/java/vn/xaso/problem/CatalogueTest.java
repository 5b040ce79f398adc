package vn.xaso.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Lang;

/**
 * The catalogue's contract, walked code by code in both languages: each code declares exactly
 * the fields its templates name, a problem built with them reads with no hole, and every code is
 * raised somewhere in the tests with its message asserted.
 */
class CatalogueTest {
  private static final Pattern HOLE = Pattern.compile("\\{[a-zA-Z_]+\\}");

  @Test
  void everyCodeDeclaresExactlyTheFieldsItsTemplatesName() {
    for (Code code : Code.values()) {
      assertEquals(code.placeholders(), code.fields(), code.id());
    }
  }

  @Test
  void everyCodeBuiltWithItsFieldsReadsWithoutAHoleInBothLanguages() {
    for (Code code : Code.values()) {
      Problem p = new Problem("data/a/b/2025-12.yaml", new Position(3, 5), "procedures.total", code, sample(code));
      for (Lang lang : Lang.values()) {
        String message = p.message(lang);
        String hint = p.hint(lang);
        assertFalse(message.isBlank(), code.id() + " " + lang);
        assertFalse(hint.isBlank(), code.id() + " " + lang);
        assertFalse(HOLE.matcher(message).find(), code.id() + " " + lang + ": " + message);
        assertFalse(HOLE.matcher(hint).find(), code.id() + " " + lang + ": " + hint);
        for (String field : code.fields()) {
          if (!field.equals("field") && (code.message(lang) + code.hint(lang)).contains("{" + field + "}")) {
            assertTrue((message + hint).contains(value(field, lang.code())), code.id() + " shows " + field + " in " + lang);
          }
        }
      }
      assertTrue(Normalizer.isNormalized(code.message(Lang.VI) + code.hint(Lang.VI), Normalizer.Form.NFC), code.id());
      assertFalse(code.message(Lang.VI).equals(code.message(Lang.EN)), code.id() + " is translated");
      assertFalse(p.format().contains("{" + "field}"), code.id());
    }
  }

  @Test
  void idsAreStableKebabCaseAndUnique() {
    Set<String> seen = new HashSet<>();
    for (Code code : Code.values()) {
      assertTrue(code.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), code.id());
      assertTrue(seen.add(code.id()), "twice: " + code.id());
      assertEquals(code.name(), code.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'), code.id());
    }
  }

  @Test
  void aMissingOrUnknownFieldIsAProgrammingErrorNotAMessageWithAHole() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new Problem("f.yaml", Position.FILE, "", Code.TOO_LONG, Map.of("length", 9)));
    assertEquals("Problem too-long takes the fields [length, limit], not [length]", missing.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> new Problem("f.yaml", Position.FILE, "", Code.NOT_INTEGER, Map.of("value", "x", "valeu", "y")));
    assertTrue(unknown.getMessage().startsWith("Problem not-integer takes the fields [value], not "), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Code.fill("{value} and {other}", Map.of("value", 1), Lang.VI));
  }

  @Test
  void wordsAreShownInTheLanguageOfTheMessage() {
    Problem p = new Problem("f.yaml", Position.FILE, "procedures.full_online", Code.EXCEEDS, Map.of(
        "part", new Words("TTHC toàn trình", "Fully online procedures"), "left", 12,
        "whole", new Words("tổng số TTHC", "procedures in force"), "right", 10));
    assertEquals("TTHC toàn trình (12) lớn hơn tổng số TTHC (10).", p.message(Lang.VI));
    assertEquals("Fully online procedures (12) exceeds procedures in force (10).", p.message(Lang.EN));
    Problem unknown = new Problem("f.yaml", Position.FILE, "", Code.UNKNOWN_FIELD,
        Map.of("key", "totl", "suggestion", Words.didYouMean(Optional.of("total")), "allowed", "total"));
    assertEquals("Trường không có trong mẫu: totl. Có phải ý bạn là total?", unknown.message(Lang.VI));
    assertEquals("Unknown field totl. Did you mean total?", unknown.message(Lang.EN));
    Problem none = new Problem("f.yaml", Position.FILE, "", Code.UNKNOWN_FIELD,
        Map.of("key", "zzz", "suggestion", Words.didYouMean(Optional.empty()), "allowed", "total"));
    assertEquals("Unknown field zzz.", none.message(Lang.EN));
  }

  /**
   * Every code appears as {@code error[id]} or {@code warning[id]} in some test: the form in which
   * a test asserts the printed message, so each message is read at least once by a test as a
   * user reads it.
   */
  @Test
  void everyCodeIsRaisedByATestThatAssertsItsMessage() throws IOException {
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("CatalogueTest.java")).toList()) {
        tests.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    List<String> untested = new ArrayList<>();
    for (Code code : Code.values()) {
      if (!tests.toString().contains(code.severity().code() + "[" + code.id() + "]")) {
        untested.add(code.id());
      }
    }
    assertEquals(List.of(), untested);
  }

  /** A value for each declared field that names it, so the test can find it in the text. */
  private static Map<String, Object> sample(Code code) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (String field : code.fields()) {
      if (!field.equals("field")) {
        args.put(field, new Words(value(field, "vi"), value(field, "en")));
      }
    }
    return args;
  }

  private static String value(String field, String lang) {
    return "«" + field + "-" + lang + "»";
  }
}
