package vn.xaso.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
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
  private ModelHash() {}

  static String of(String layout, Map<String, Object> model) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    text(sha, layout);
    add(sha, model);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void add(MessageDigest sha, Object v) {
    if (v == null) {
      sha.update((byte) 0);
    } else if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
        || v instanceof Enum<?> || v instanceof TemporalAccessor) {
      sha.update((byte) 1);
      text(sha, v.getClass().getSimpleName() + ":" + v);
    } else if (v instanceof Map<?, ?> map) {
      sha.update((byte) 2);
      text(sha, Integer.toString(map.size()));
      map.forEach((k, x) -> {
        add(sha, k);
        add(sha, x);
      });
    } else if (v instanceof Iterable<?> list) {
      sha.update((byte) 3);
      list.forEach(x -> add(sha, x));
      sha.update((byte) 4);
    } else if (v instanceof Record r) {
      sha.update((byte) 5);
      text(sha, r.getClass().getName());
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        add(sha, get(c.getAccessor(), r));
      }
    } else {
      throw new IllegalArgumentException("A page model holds a " + v.getClass().getName() + ", which cannot be hashed");
    }
  }

  private static Object get(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void text(MessageDigest sha, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) (b.length >>> 24));
    sha.update((byte) (b.length >>> 16));
    sha.update((byte) (b.length >>> 8));
    sha.update((byte) b.length);
    sha.update(b);
  }
}
