package vn.xaso.model;

/** A commune's profile (hồ sơ xã), kept once in {@code data/<province>/<commune>/commune.yaml}. */
public record Commune(
    @Doc(vi = "Mã đường dẫn, trùng tên thư mục", en = "URL slug, equal to the folder name",
        required = true, pattern = "[a-z0-9]+(-[a-z0-9]+)*", example = "hung-thang")
        String slug,
    @Doc(vi = "Tên xã/phường/đặc khu, có dấu", en = "Name with diacritics", required = true,
        example = "Hùng Thắng")
        String name,
    @Doc(vi = "Loại đơn vị", en = "Unit type",
        required = true, example = "xa")
        UnitType unitType,
    @Doc(vi = "Mã tỉnh/thành phố, trùng thư mục cha", en = "Province slug, equal to the parent folder",
        required = true, pattern = "[a-z0-9]+(-[a-z0-9]+)*", example = "hai-phong")
        String province,
    @Doc(vi = "Mã đơn vị hành chính chính thức (5 chữ số), dạng chuỗi",
        en = "Official 5-digit unit code, kept as text (leading zeros matter)",
        pattern = "[0-9]{5}", example = "\"11311\"")
        String code,
    @Doc(vi = "Số thôn/tổ dân phố", en = "Number of villages (thôn) or residential groups",
        unit = "thôn / villages", example = "28")
        Integer villages,
    @Doc(vi = "Ghi chú về hồ sơ (nguồn, sáp nhập)", en = "Notes on the profile (sources, merger)")
        Text notes) {

  /** "xã Hùng Thắng" / "Hùng Thắng commune". */
  public String displayName(Lang lang) {
    return lang == Lang.EN ? name + " " + unitType.label(lang) : unitType.label(lang) + " " + name;
  }
}
