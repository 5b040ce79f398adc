package vn.xaso.model;

/** A province or centrally-run city (tỉnh / thành phố), kept once in {@code data/<province>/province.yaml}. */
public record Province(
    @Doc(vi = "Mã đường dẫn, trùng tên thư mục", en = "URL slug, equal to the folder name",
        required = true, pattern = "[a-z0-9]+(-[a-z0-9]+)*", example = "hai-phong")
        String slug,
    @Doc(vi = "Tên tỉnh/thành phố, có dấu", en = "Name with diacritics", required = true,
        example = "Hải Phòng")
        String name,
    @Doc(vi = "Mã đơn vị hành chính (2 chữ số), dạng chuỗi", en = "Official 2-digit code, as text",
        pattern = "[0-9]{2}", example = "\"31\"")
        String code) {}
