package vn.xaso.importer;

/**
 * A value found for one field ({@code dossiers.received}, {@code documents[2].date}) with the
 * sentence of the report it came from, trimmed for a comment.
 */
public record Finding(String path, Object value, String quote) {}
