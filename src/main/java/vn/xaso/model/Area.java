package vn.xaso.model;

/** The part of the report outline a difficulty belongs to (Phụ lục 02 groups them so). */
public enum Area implements Coded {
  @Doc(vi = "Pháp lý", en = "Legal") LEGAL("legal", "Pháp lý", "Legal"),
  @Doc(vi = "Hạ tầng công nghệ", en = "Technology infrastructure")
  INFRASTRUCTURE("infrastructure", "Hạ tầng công nghệ", "Technology infrastructure"),
  @Doc(vi = "Nguồn nhân lực", en = "Human resources") HUMAN_RESOURCES("human_resources", "Nguồn nhân lực", "Human resources"),
  @Doc(vi = "Thủ tục hành chính", en = "Administrative procedures")
  PROCEDURES("procedures", "Thủ tục hành chính", "Administrative procedures"),
  @Doc(vi = "Tài chính", en = "Finance") FINANCE("finance", "Tài chính", "Finance"),
  @Doc(vi = "Trụ sở, cơ sở vật chất", en = "Premises") PREMISES("premises", "Trụ sở, cơ sở vật chất", "Premises"),
  @Doc(vi = "Nhận thức của người dân", en = "Public awareness") AWARENESS("awareness", "Nhận thức của người dân", "Public awareness"),
  @Doc(vi = "Khác", en = "Other") OTHER("other", "Khác", "Other");

  private final String code;
  private final String vi;
  private final String en;

  Area(String code, String vi, String en) {
    this.code = code;
    this.vi = vi;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(String lang) {
    return "en".equals(lang) ? en : vi;
  }
}
