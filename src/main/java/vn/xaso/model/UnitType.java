package vn.xaso.model;

/** Kind of local unit after the 2025 reorganisation. */
public enum UnitType implements Coded {
  XA("xa", "xã", "commune"),
  PHUONG("phuong", "phường", "ward"),
  DAC_KHU("dac_khu", "đặc khu", "special zone");

  private final Label info;

  UnitType(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
