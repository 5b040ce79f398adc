package vn.xaso.load;

import java.util.List;

/**
 * The kept text of a signed report (văn bản lưu), {@code sources/<province>/<commune>/<stem>.txt}:
 * its project-relative name and its lines as extracted, NFC, without line ends. Line {@code n} of
 * evidence files is {@code line(n)}, counted from 1.
 */
public record KeptText(String file, List<String> lines) {
  public KeptText {
    lines = List.copyOf(lines);
  }

  public int size() {
    return lines.size();
  }

  /** Line {@code n}, counted from 1. */
  public String line(int n) {
    return lines.get(n - 1);
  }

  public boolean has(int n) {
    return n >= 1 && n <= lines.size();
  }
}
