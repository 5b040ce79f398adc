package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.schema.Schema;

/**
 * Every published table's header, pinned: {@code src/test/resources/published/headers.txt} lists
 * each table's columns in order, one line per table. People load these files by column position
 * as well as by name, so a column that moves, goes or is renamed breaks their scripts: new columns
 * go at the end (a new model field at the end of its record), and a change to this list is made
 * on purpose, with a line in CHANGELOG.md saying which columns moved.
 */
class PublishedHeadersTest {
  static final Path PINNED = Path.of("src/test/resources/published/headers.txt");

  @Test
  void everyTableHasThePinnedHeader() throws IOException {
    List<String> pinned = Files.readAllLines(PINNED, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertEquals(pinned, headers(),
        "A published header changed. If on purpose: append new columns at the end, update " + PINNED
            + " and say so in CHANGELOG.md");
  }

  @Test
  void theHeadersAreWhatTheFilesBegin() {
    Tables tables = new Tables(new Schema());
    for (Table t : tables.all()) {
      String first = new String(CsvBytes.header(t.columns()), StandardCharsets.UTF_8);
      assertEquals(String.join(",", t.columns().stream().map(Column::name).toList()), first.strip(), t.file());
    }
  }

  /** {@code reports.csv: province,province_name,…}, one line per table in the order they are published. */
  static List<String> headers() {
    List<String> out = new ArrayList<>();
    for (Table t : new Tables(new Schema()).all()) {
      out.add(t.file() + ": " + String.join(",", t.columns().stream().map(Column::name).toList()));
    }
    return out;
  }
}
