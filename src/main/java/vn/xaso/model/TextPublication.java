package vn.xaso.model;

/**
 * Whether the full kept text of a report may be published (công bố toàn văn). Reports of People's
 * Committees are administrative documents, outside copyright (Law on Intellectual Property, Art.
 * 15(2)), and are published whatever this says; other issuers' texts only when they allow it.
 * Short quotes, kept as evidence for figures, are published in every case.
 */
public enum TextPublication implements Coded {
  ISSUER_ALLOWS("issuer_allows", "Cơ quan ban hành cho phép công bố toàn văn",
      "The issuer allows the full text to be published"),
  QUOTES_ONLY("quotes_only", "Chỉ công bố các câu trích dẫn ngắn", "Only short quotes are published");

  private final Label info;

  TextPublication(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
