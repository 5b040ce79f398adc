package vn.xaso.sample;

import java.util.List;
import java.util.Optional;

/**
 * The 34 provincial-level units in force since 1 July 2025 (Resolution 202/2025/QH15): the sample
 * generator's provinces, and the list {@code xaso new} checks a new commune's province against.
 */
public final class Provinces {
  public record Entry(String slug, String name) {}

  public static final List<Entry> ALL = List.of(
      new Entry("ha-noi", "Hà Nội"), new Entry("hue", "Huế"), new Entry("hai-phong", "Hải Phòng"),
      new Entry("da-nang", "Đà Nẵng"), new Entry("ho-chi-minh", "Hồ Chí Minh"), new Entry("can-tho", "Cần Thơ"),
      new Entry("lai-chau", "Lai Châu"), new Entry("dien-bien", "Điện Biên"), new Entry("son-la", "Sơn La"),
      new Entry("lang-son", "Lạng Sơn"), new Entry("quang-ninh", "Quảng Ninh"), new Entry("thanh-hoa", "Thanh Hóa"),
      new Entry("nghe-an", "Nghệ An"), new Entry("ha-tinh", "Hà Tĩnh"), new Entry("cao-bang", "Cao Bằng"),
      new Entry("tuyen-quang", "Tuyên Quang"), new Entry("lao-cai", "Lào Cai"), new Entry("thai-nguyen", "Thái Nguyên"),
      new Entry("phu-tho", "Phú Thọ"), new Entry("bac-ninh", "Bắc Ninh"), new Entry("hung-yen", "Hưng Yên"),
      new Entry("ninh-binh", "Ninh Bình"), new Entry("quang-tri", "Quảng Trị"), new Entry("quang-ngai", "Quảng Ngãi"),
      new Entry("gia-lai", "Gia Lai"), new Entry("khanh-hoa", "Khánh Hòa"), new Entry("lam-dong", "Lâm Đồng"),
      new Entry("dak-lak", "Đắk Lắk"), new Entry("dong-nai", "Đồng Nai"), new Entry("tay-ninh", "Tây Ninh"),
      new Entry("vinh-long", "Vĩnh Long"), new Entry("dong-thap", "Đồng Tháp"), new Entry("ca-mau", "Cà Mau"),
      new Entry("an-giang", "An Giang"));

  private Provinces() {}

  public static Optional<Entry> find(String slug) {
    return ALL.stream().filter(e -> e.slug().equals(slug)).findFirst();
  }
}
