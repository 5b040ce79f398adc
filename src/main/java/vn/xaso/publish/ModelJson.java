package vn.xaso.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.derive.Value;
import vn.xaso.model.Coded;
import vn.xaso.model.Lang;
import vn.xaso.problem.Problem;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * A report as JSON, mirroring the YAML model field by field (same snake_case names, absent
 * figures left out), plus its indicators and data-quality warnings.
 */
final class ModelJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Schema schema;

  ModelJson(Schema schema) {
    this.schema = schema;
  }

  ObjectNode report(ReportFacts f) {
    ObjectNode node = NODES.objectNode();
    node.put("province", f.province().slug());
    node.put("province_name", f.province().name());
    node.put("commune_name", f.commune().name());
    node.put("unit_type", f.commune().unitType().code());
    if (f.commune().code() != null) {
      node.put("commune_code", f.commune().code());
    }
    node.put("period_key", f.report().period().key());
    node.setAll((ObjectNode) value(f.report(), schema.report()));
    ObjectNode indicators = node.putObject("indicators");
    for (Indicator i : Indicator.values()) {
      Value v = f.value(i);
      ObjectNode iv = indicators.putObject(i.code());
      if (v.present()) {
        iv.put("value", BigDecimal.valueOf(v.number()).stripTrailingZeros());
      } else {
        iv.putNull("value");
      }
      iv.put("unit", i.unit());
      iv.put("basis", v.basis().code());
      if (!v.present()) {
        iv.put("reason_vi", v.reasonVi());
        iv.put("reason_en", v.reasonEn());
      }
    }
    ArrayNode warnings = node.putArray("warnings");
    for (Problem p : f.warnings()) {
      ObjectNode w = warnings.addObject();
      w.put("code", p.code().id());
      w.put("field", p.field());
      w.put("line", p.position().line());
      w.put("message_vi", p.message(Lang.VI));
      w.put("message_en", p.message(Lang.EN));
    }
    return node;
  }

  private JsonNode value(Object v, Shape shape) {
    if (v == null) {
      return null;
    }
    if (shape instanceof Shape.Obj obj) {
      ObjectNode node = NODES.objectNode();
      for (Shape.Prop p : obj.props()) {
        JsonNode child = value(get(v, p), p.shape());
        if (child != null && !(child.isArray() && child.isEmpty())) {
          node.set(p.name(), child);
        }
      }
      return node;
    }
    if (shape instanceof Shape.ListOf list) {
      ArrayNode arr = NODES.arrayNode();
      for (Object item : (List<?>) v) {
        arr.add(value(item, list.item()));
      }
      return arr;
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Double d) {
      return NODES.numberNode(BigDecimal.valueOf(d).stripTrailingZeros());
    }
    if (v instanceof LocalDate date) {
      return NODES.textNode(date.toString());
    }
    if (v instanceof Coded c) {
      return NODES.textNode(c.code());
    }
    return NODES.textNode(v.toString());
  }

  private static Object get(Object record, Shape.Prop p) {
    try {
      return p.component().getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + p.name(), e);
    }
  }
}
