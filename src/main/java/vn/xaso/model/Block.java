package vn.xaso.model;

/** A block of the commune's political system (khối), as the reports split infrastructure. */
public enum Block implements Coded {
  @Doc(vi = "Khối Đảng", en = "Party") PARTY("party", "Khối Đảng", "Party"),
  @Doc(vi = "Khối Chính quyền (UBND)", en = "Government (People's Committee)")
  GOVERNMENT("government", "Chính quyền (UBND)", "Government (People's Committee)"),
  @Doc(vi = "Hội đồng nhân dân", en = "People's Council") COUNCIL("council", "Hội đồng nhân dân", "People's Council"),
  @Doc(vi = "Mặt trận Tổ quốc", en = "Fatherland Front") FRONT("front", "Mặt trận Tổ quốc", "Fatherland Front");

  private final String code;
  private final String vi;
  private final String en;

  Block(String code, String vi, String en) {
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
