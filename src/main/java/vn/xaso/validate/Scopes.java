package vn.xaso.validate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import vn.xaso.model.FieldPath;

/**
 * Every record inside a report with the path it stands at ({@code dossiers},
 * {@code infrastructure.party.hardware}, {@code documents[2]}), found by walking the record
 * components: how a rule declared on {@code Hardware} reaches the hardware of every block.
 */
final class Scopes {
  private Scopes() {}

  /** One record and its path from the root ({@code ""} for the root itself). */
  record Scope(String prefix, Record value) {
    /** {@code prefix.path}, or {@code path} alone at the root. */
    String at(String path) {
      return prefix.isEmpty() ? path : prefix + "." + path;
    }
  }

  static List<Scope> of(Record root) {
    List<Scope> out = new ArrayList<>();
    walk(root, "", out);
    return out;
  }

  private static void walk(Record r, String prefix, List<Scope> out) {
    out.add(new Scope(prefix, r));
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      String here = (prefix.isEmpty() ? "" : prefix + ".") + FieldPath.snake(c.getName());
      Object value = read(c, r);
      if (value instanceof Record child) {
        walk(child, here, out);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Record child) {
            walk(child, here + "[" + i + "]", out);
          }
        }
      }
    }
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + c, e);
    }
  }
}
