package vn.xaso.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evidence of one report (bằng chứng), read from {@code <report-stem>.evidence.yaml} beside
 * it: for each figure, by its field path ({@code dossiers.received},
 * {@code training.courses[0].participants}), where it stands in the kept text. Kept in the
 * file's order, which is the order a reviewer reads.
 */
@Doc(vi = "Nguồn của từng số liệu, theo đường dẫn trường của báo cáo",
    en = "Where each figure stands in the kept text, by the report's field path", required = true,
    example = "dossiers.received: {line: 112, quote: \"…: 239 hồ sơ\"}")
public record Evidence(Map<String, FigureEvidence> figures) {
  public static final Evidence NONE = new Evidence(Map.of());

  public Evidence {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }
}
