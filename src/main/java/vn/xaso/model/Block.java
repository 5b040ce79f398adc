package vn.xaso.model;

/** A block of the commune's political system (khối), as the reports split infrastructure. */
public enum Block implements Coded {
  PARTY("party", "Khối Đảng", "Party"),
  GOVERNMENT("government", "Chính quyền (UBND)", "Government (People's Committee)"),
  COUNCIL("council", "Hội đồng nhân dân", "People's Council"),
  FRONT("front", "Mặt trận Tổ quốc", "Fatherland Front");

  private final Label info;

  Block(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
