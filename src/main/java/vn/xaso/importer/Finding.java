package vn.xaso.importer;

/**
 * A value found for one field ({@code dossiers.received}, {@code documents[2].date}) with the
 * sentence of the report it came from, trimmed for a comment, and where it stands in the text
 * ({@code evidence}, null for what the text does not state, such as the file's name).
 */
public record Finding(String path, Object value, String quote, Evidence evidence) {
  public Finding(String path, Object value, String quote) {
    this(path, value, quote, null);
  }
}
