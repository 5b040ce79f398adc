package vn.xaso.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.xaso.model.SiteConfig;

/** The five JSON Schema files, by name, as committed under docs/schema and published under schema/ on the site. */
public final class SchemaFiles {
  private final Schema schema;
  private final JsonSchemaWriter writer = new JsonSchemaWriter();

  public SchemaFiles(Schema schema) {
    this.schema = schema;
  }

  public Map<String, String> all() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("report.schema.json", writer.write(schema.report(), "Xã Số — báo cáo kỳ / period report"));
    files.put("commune.schema.json", writer.write(schema.commune(), "Xã Số — hồ sơ xã / commune profile"));
    files.put("province.schema.json", writer.write(schema.province(), "Xã Số — hồ sơ tỉnh / province profile"));
    files.put("evidence.schema.json", writer.writeMap("figures", vn.xaso.model.Evidence.class.getAnnotation(
        vn.xaso.model.Doc.class), schema.object(vn.xaso.model.FigureEvidence.class),
        "Xã Số — nguồn của số liệu / evidence of figures"));
    files.put("site.schema.json", writer.write(schema.object(SiteConfig.class), "Xã Số — cấu hình trang / site configuration"));
    return files;
  }
}
