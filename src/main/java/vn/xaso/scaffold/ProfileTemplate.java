package vn.xaso.scaffold;

import vn.xaso.model.Doc;
import vn.xaso.model.UnitType;
import vn.xaso.sample.Provinces;
import vn.xaso.schema.Shape;

/**
 * Renders a new commune profile ({@code commune.yaml}) with every field commented in Vietnamese,
 * and the {@code province.yaml} of a province the project has no folder for yet, from the list of
 * the 34 provinces.
 */
public final class ProfileTemplate {
  private final Shape.Obj communeShape;

  public ProfileTemplate(Shape.Obj communeShape) {
    this.communeShape = communeShape;
  }

  public String commune(String slug, String name, UnitType type, String province) {
    StringBuilder out = new StringBuilder();
    out.append("# yaml-language-server: $schema=../../../docs/schema/commune.schema.json\n");
    out.append("# Hồ sơ xã — ghi một lần. / Commune profile — kept once.\n");
    for (Shape.Prop p : communeShape.props()) {
      comment(out, p.doc());
      out.append(p.name()).append(':');
      switch (p.name()) {
        case "slug" -> out.append(' ').append(slug);
        case "name" -> out.append(' ').append(ReportTemplate.quote(name));
        case "unit_type" -> out.append(' ').append(type.code());
        case "province" -> out.append(' ').append(province);
        default -> {
          if (p.shape() instanceof Shape.Obj) {
            out.append("\n  vi:\n  en:");
          }
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  public String province(Provinces.Entry province) {
    return "# yaml-language-server: $schema=../../docs/schema/province.schema.json\n"
        + "# Hồ sơ tỉnh/thành phố — ghi một lần. / Province profile — kept once.\n"
        + "slug: " + province.slug() + "\n"
        + "name: " + ReportTemplate.quote(province.name()) + "\n";
  }

  private static void comment(StringBuilder out, Doc doc) {
    out.append("# ").append(doc.vi());
    if (!doc.unit().isEmpty()) {
      out.append(" (").append(doc.unit()).append(')');
    }
    if (!doc.example().isEmpty()) {
      out.append(" — ví dụ: ").append(doc.example());
    }
    out.append('\n');
  }
}
