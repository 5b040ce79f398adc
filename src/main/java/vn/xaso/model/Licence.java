package vn.xaso.model;

/** The licence under which the open data is published; part of the site configuration. */
public record Licence(
    @Doc(vi = "Mã giấy phép (SPDX hoặc tự đặt)", en = "Licence id (SPDX or own)", required = true, example = "ND-47-2020")
        String id,
    @Doc(vi = "Tên giấy phép", en = "Licence name", required = true)
        Text name,
    @Doc(vi = "Đường dẫn văn bản giấy phép", en = "URL of the licence text", example = "https://vbpl.vn/")
        String url,
    @Doc(vi = "Điều kiện tái sử dụng (tóm tắt)", en = "Reuse terms (summarised)", required = true)
        Text terms,
    @Doc(vi = "Mã SPDX của giấy phép chuẩn có cùng điều kiện, nếu có (để công cụ đọc được)",
        en = "SPDX identifier of the standard licence with the same terms, where one fits (for tools to read)",
        example = "CC-BY-4.0", pattern = "[A-Za-z0-9.+-]+")
        String spdx) {

  /** The identifier tools should read: the standard one where the configuration gives it. */
  public String standardId() {
    return spdx != null ? spdx : id;
  }
}
