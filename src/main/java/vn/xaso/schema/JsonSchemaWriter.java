package vn.xaso.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.xaso.model.Coded;
import vn.xaso.model.Doc;
import vn.xaso.model.Lang;

/**
 * Writes a JSON Schema (draft 2020-12) for one file kind from its {@link Shape}, so VS Code's
 * YAML extension completes fields and underlines mistakes with the same rules the validator
 * applies. Descriptions are Vietnamese then English; record types become {@code $defs}.
 */
public final class JsonSchemaWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The schema as pretty-printed JSON text with a final newline. */
  public String write(Shape.Obj root, String title) {
    Map<String, ObjectNode> defs = new LinkedHashMap<>();
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", title);
    ObjectNode body = object(root, defs);
    schema.setAll(body);
    if (!defs.isEmpty()) {
      ObjectNode d = schema.putObject("$defs");
      defs.forEach(d::set);
    }
    try {
      return json.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The schema of a file holding one map, {@code key}, from field paths (names joined by dots,
   * list items by [index]) to objects of {@code value}'s shape: the evidence file.
   */
  public String writeMap(String key, Doc doc, Shape.Obj value, String title) {
    Map<String, ObjectNode> defs = new LinkedHashMap<>();
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", title);
    schema.put("type", "object");
    ObjectNode map = schema.putObject("properties").putObject(key);
    map.put("type", "object");
    describe(map, doc);
    map.putObject("propertyNames").put("pattern", "^[a-z_]+(\\[[0-9]+\\])?(\\.[a-z_]+(\\[[0-9]+\\])?)*$");
    map.set("additionalProperties", shape(value, defs, null));
    schema.putArray("required").add(key);
    schema.put("additionalProperties", false);
    ObjectNode d = schema.putObject("$defs");
    defs.forEach(d::set);
    try {
      return json.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode object(Shape.Obj obj, Map<String, ObjectNode> defs) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    if (obj.doc() != null) {
      describe(node, obj.doc());
    }
    ObjectNode props = node.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Shape.Prop p : obj.props()) {
      ObjectNode prop = property(p, defs);
      props.set(p.name(), prop);
      if (p.required()) {
        required.add(p.name());
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  private ObjectNode property(Shape.Prop p, Map<String, ObjectNode> defs) {
    ObjectNode node = shape(p.shape(), defs, p);
    if (p.doc() != null) {
      describe(node, p.doc());
      FigureKind.of(p).ifPresent(kind -> figure(node, kind));
    }
    if (!p.required()) {
      // An empty value (or ~) means "not reported": the validator reads it as absent.
      ObjectNode nullable = NODES.objectNode();
      ArrayNode anyOf = nullable.putArray("anyOf");
      anyOf.add(node);
      anyOf.addObject().put("type", "null");
      copyDescriptions(node, nullable);
      return nullable;
    }
    return node;
  }

  private ObjectNode shape(Shape shape, Map<String, ObjectNode> defs, Shape.Prop prop) {
    if (shape instanceof Shape.Obj obj) {
      String name = obj.type().getSimpleName();
      if (!defs.containsKey(name)) {
        defs.put(name, NODES.objectNode());
        defs.put(name, object(obj, defs));
      }
      ObjectNode ref = NODES.objectNode();
      ref.put("$ref", "#/$defs/" + name);
      return ref;
    }
    if (shape instanceof Shape.ListOf list) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "array");
      node.set("items", shape(list.item(), defs, null));
      return node;
    }
    return scalar((Shape.Scalar) shape, prop);
  }

  private ObjectNode scalar(Shape.Scalar s, Shape.Prop prop) {
    ObjectNode node = NODES.objectNode();
    switch (s.kind()) {
      case TEXT -> {
        node.put("type", "string");
        node.put("minLength", 1);
        if (prop != null && prop.pattern() != null) {
          node.put("pattern", "^(?:" + prop.pattern().pattern() + ")$");
        }
      }
      case INTEGER -> {
        node.put("type", "integer");
        node.put("minimum", 0);
      }
      case PERCENT -> {
        node.put("type", "number");
        node.put("minimum", 0);
        node.put("maximum", 100);
      }
      case DATE -> {
        node.put("type", "string");
        node.put("format", "date");
        node.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
      }
      case ENUM -> {
        node.put("type", "string");
        ArrayNode values = node.putArray("enum");
        ArrayNode meanings = node.putArray("enumDescriptions");
        for (Object constant : s.type().getEnumConstants()) {
          Coded c = (Coded) constant;
          values.add(c.code());
          meanings.add(c.label(Lang.VI) + " / " + c.label(Lang.EN));
        }
      }
      default -> throw new IllegalStateException(s.kind().toString());
    }
    return node;
  }

  private static void describe(ObjectNode node, Doc doc) {
    String unit = doc.unit().isEmpty() ? "" : " (" + doc.unit() + ")";
    node.put("description", doc.vi() + " / " + doc.en() + unit);
    StringBuilder md = new StringBuilder("**").append(doc.vi()).append("**  \n").append(doc.en());
    if (!doc.unit().isEmpty()) {
      md.append("  \nĐơn vị / unit: ").append(doc.unit());
    }
    if (!doc.example().isEmpty()) {
      md.append("  \nVí dụ / example: `").append(doc.example()).append('`');
    }
    node.put("markdownDescription", md.toString());
  }

  /** A count's kind, stock or flow, said after its meaning in both descriptions. */
  private static void figure(ObjectNode node, FigureKind kind) {
    String words = kind.label(Lang.VI) + " / " + kind.label(Lang.EN);
    node.put("description", node.get("description").asText() + " — " + words);
    node.put("markdownDescription", node.get("markdownDescription").asText() + "  \nLoại số liệu / figure: " + words);
  }

  private static void copyDescriptions(ObjectNode from, ObjectNode to) {
    for (String key : new String[] {"description", "markdownDescription"}) {
      if (from.has(key)) {
        to.set(key, from.get(key));
      }
    }
  }
}
