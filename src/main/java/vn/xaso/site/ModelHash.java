package vn.xaso.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.Map;

/**
 * The SHA-256 of a page's template model: maps in order, lists, records by their components,
 * text, numbers. Within an incremental build the templates are those of the last build (a theme
 * change means a clean build), so a page whose model hashes the same renders the same bytes and
 * need not be rendered again. Anything else in a model is refused, so a new kind of value cannot
 * slip past the hash unnoticed.
 */
final class ModelHash {
  /** Each record class's accessors, looked up once: a status page holds 40,000 records. */
  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] out = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        out[i] = components[i].getAccessor();
        out[i].setAccessible(true);
      }
      return out;
    }
  };

  private final MessageDigest sha;
  /** Bytes gathered before they go to the digest: one update per 64 KB, not one per word. */
  private final byte[] buffer = new byte[1 << 16];
  private int used;

  private ModelHash() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String of(String layout, Map<String, Object> model) {
    ModelHash h = new ModelHash();
    h.text(layout);
    h.add(model);
    h.flush();
    return HexFormat.of().formatHex(h.sha.digest());
  }

  private void add(Object v) {
    if (v == null) {
      tag(0);
    } else if (v instanceof String text) {
      tag(1);
      text(text);
    } else if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
        || v instanceof Enum<?> || v instanceof TemporalAccessor) {
      tag(6);
      text(v.getClass().getSimpleName());
      text(v.toString());
    } else if (v instanceof Map<?, ?> map) {
      tag(2);
      text(Integer.toString(map.size()));
      map.forEach((k, x) -> {
        add(k);
        add(x);
      });
    } else if (v instanceof Iterable<?> list) {
      tag(3);
      list.forEach(this::add);
      tag(4);
    } else if (v instanceof Record r) {
      tag(5);
      text(r.getClass().getName());
      for (Method accessor : ACCESSORS.get(r.getClass())) {
        add(get(accessor, r));
      }
    } else {
      throw new IllegalArgumentException("A page model holds a " + v.getClass().getName() + ", which cannot be hashed");
    }
  }

  private static Object get(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private void tag(int tag) {
    if (used == buffer.length) {
      flush();
    }
    buffer[used++] = (byte) tag;
  }

  /** The length, then the UTF-16 code units: no encoding to UTF-8 just to hash. */
  private void text(String s) {
    int n = s.length();
    tag(n >>> 24);
    tag(n >>> 16);
    tag(n >>> 8);
    tag(n);
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      tag(ch >>> 8);
      tag(ch);
    }
  }

  private void flush() {
    sha.update(buffer, 0, used);
    used = 0;
  }
}
