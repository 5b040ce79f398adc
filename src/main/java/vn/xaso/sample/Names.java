package vn.xaso.sample;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Commune names built from syllables common in Vietnamese place names, unique within a province. */
final class Names {
  private static final List<String> FIRST = List.of("An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Minh", "Hưng",
      "Đông", "Tây", "Nam", "Bắc", "Phước", "Lộc", "Thuận", "Đức", "Quang", "Trung", "Hiệp", "Thành", "Xuân", "Hải",
      "Sơn", "Vĩnh", "Hùng", "Chí", "Kim", "Ngọc", "Quảng", "Thiện", "Yên", "Mỹ", "Gia", "Cẩm", "Thái");
  private static final List<String> SECOND = List.of("An", "Bình", "Hòa", "Phú", "Thắng", "Long", "Minh", "Hưng",
      "Lợi", "Lộc", "Thuận", "Đức", "Quang", "Tiến", "Thành", "Xuân", "Hải", "Sơn", "Lâm", "Định", "Phong", "Nghĩa",
      "Khánh", "Điền", "Thịnh", "Đạt", "Trạch", "Mỹ", "Hiệp", "Tân", "Dương", "Cường");

  private final Set<String> used = new HashSet<>();

  /** A fresh name and its slug. */
  String[] next(SplittableRandom random) {
    while (true) {
      String a = FIRST.get(random.nextInt(FIRST.size()));
      String b = SECOND.get(random.nextInt(SECOND.size()));
      if (a.equals(b)) {
        continue;
      }
      String name = a + " " + b;
      String slug = slug(name);
      int n = 2;
      String unique = slug;
      while (used.contains(unique)) {
        unique = slug + "-" + n++;
      }
      used.add(unique);
      return new String[] {unique.equals(slug) ? name : name + " " + (n - 1), unique};
    }
  }

  /** "Hùng Thắng" → "hung-thang"; đ → d, as people type it without diacritics. */
  static String slug(String name) {
    String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
