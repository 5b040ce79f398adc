package vn.xaso.publish;

/**
 * One column of an open-data table: a stable snake_case name, a Table Schema type, meaning in
 * both languages, a unit, and for a report's count whether it is a stock or a flow (null otherwise).
 */
public record Column(String name, Type type, String vi, String en, String unit, vn.xaso.schema.FigureKind figure) {

  public Column(String name, Type type, String vi, String en, String unit) {
    this(name, type, vi, en, unit, null);
  }

  /** Table Schema field types used here. */
  public enum Type {
    STRING("string"), INTEGER("integer"), NUMBER("number"), DATE("date"), BOOLEAN("boolean");

    private final String tableSchema;

    Type(String tableSchema) {
      this.tableSchema = tableSchema;
    }

    public String tableSchema() {
      return tableSchema;
    }
  }

  static Column text(String name, String vi, String en) {
    return new Column(name, Type.STRING, vi, en, "");
  }
}
