package vn.xaso.model;

/** The part of the report outline a difficulty belongs to (Phụ lục 02 groups them so). */
public enum Area implements Coded {
  LEGAL("legal", "Pháp lý", "Legal"),
  INFRASTRUCTURE("infrastructure", "Hạ tầng công nghệ", "Technology infrastructure"),
  HUMAN_RESOURCES("human_resources", "Nguồn nhân lực", "Human resources"),
  PROCEDURES("procedures", "Thủ tục hành chính", "Administrative procedures"),
  FINANCE("finance", "Tài chính", "Finance"),
  PREMISES("premises", "Trụ sở, cơ sở vật chất", "Premises"),
  AWARENESS("awareness", "Nhận thức của người dân", "Public awareness"),
  OTHER("other", "Khác", "Other");

  private final Label info;

  Area(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
