package vn.xaso.model;

/** Kind of local unit after the 2025 reorganisation. */
public enum UnitType implements Coded {
  @Doc(vi = "xã", en = "commune") XA("xa", "xã", "commune"),
  @Doc(vi = "phường", en = "ward") PHUONG("phuong", "phường", "ward"),
  @Doc(vi = "đặc khu", en = "special zone") DAC_KHU("dac_khu", "đặc khu", "special zone");

  private final String code;
  private final String vi;
  private final String en;

  UnitType(String code, String vi, String en) {
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
