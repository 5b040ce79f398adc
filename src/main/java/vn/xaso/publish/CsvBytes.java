package vn.xaso.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV through Commons CSV: a header line, and bodies that can be concatenated level by
 * level. Every CSV the site writes, open data and chart figures alike, comes through here, so
 * every cell is neutralised against spreadsheet formulas the same way.
 */
public final class CsvBytes {
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private CsvBytes() {}

  /** A whole small table (a chart's figures): header and rows, every cell through {@link Cells}. */
  public static byte[] table(List<String> header, List<List<Object>> rows) {
    List<List<Object>> all = new java.util.ArrayList<>();
    all.add(header.stream().map(h -> (Object) Cells.cell(h)).toList());
    rows.forEach(r -> all.add(r.stream().map(v -> (Object) Cells.cell(v)).toList()));
    return print(all);
  }

  /** The Excel copy of a CSV: the same bytes after a UTF-8 byte-order mark. */
  public static byte[] excel(byte[] csv) {
    byte[] out = new byte[BOM.length + csv.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(csv, 0, out, BOM.length, csv.length);
    return out;
  }

  static byte[] header(List<Column> columns) {
    return print(List.of(columns.stream().map(c -> (Object) c.name()).toList()));
  }

  static byte[] rows(List<List<Object>> rows) {
    return print(rows.stream().map(r -> r.stream().map(v -> (Object) Cells.cell(v)).toList()).toList());
  }

  private static byte[] print(List<List<Object>> rows) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
