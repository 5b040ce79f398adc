package vn.xaso.model;

/** Site configuration, read from {@code content/site.yaml}. */
public record SiteConfig(
    @Doc(vi = "Tên trang", en = "Site title", required = true)
        Text title,
    @Doc(vi = "Mô tả ngắn", en = "Short description", required = true)
        Text description,
    @Doc(vi = "Địa chỉ gốc của trang, kết thúc bằng /", en = "Base URL of the site, ending in /", required = true,
        pattern = "https?://[^\\s]+/", example = "https://example.github.io/xaso/")
        String baseUrl,
    @Doc(vi = "Tên giao diện trong themes/", en = "Theme folder under themes/", example = "xaso")
        String theme,
    @Doc(vi = "Đơn vị công bố dữ liệu", en = "Publisher of the data", required = true)
        Text publisher,
    @Doc(vi = "Giấy phép dữ liệu mở", en = "Open data licence", required = true)
        Licence licence,
    @Doc(vi = "Phiên bản bộ dữ liệu", en = "Dataset version", example = "2025.12.0")
        String dataVersion,
    @Doc(vi = "Địa chỉ kho mã nguồn (cho liên kết 'sửa trang này')", en = "Source repository URL (for 'edit this page')",
        pattern = "https://[^\\s]+", example = "https://github.com/example/xaso")
        String repository) {

  public String themeOrDefault() {
    return theme == null ? "xaso" : theme;
  }
}
