package vn.xaso.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.Map;
import vn.xaso.records.RecordWalker;

/**
 * The SHA-256 of a page's template model: maps in order, lists, records by their components,
 * text, numbers. Within an incremental build the templates are those of the last build (a theme
 * change means a clean build), so a page whose model hashes the same renders the same bytes and
 * need not be rendered again. Anything else in a model is refused, so a new kind of value cannot
 * slip past the hash unnoticed.
 */
final class ModelHash implements RecordWalker.Visitor<RuntimeException> {
  private final RecordWalker walker;
  private final MessageDigest sha;
  /** Bytes gathered before they go to the digest: one update per 64 KB, not one per word. */
  private final byte[] buffer = new byte[1 << 16];
  private int used;

  private ModelHash(RecordWalker walker) {
    this.walker = walker;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One walker for every page: it looks each record class up once (its components, accessors and
   * constructor, by reflection) and keeps it in a {@code ClassValue}, safe to share between
   * threads. A walker per page looked the same few dozen classes up again for each of the
   * thousands of page models an incremental build hashes: at 300 communes that was most of the
   * hashing time (#26).
   */
  private static final RecordWalker WALKER = new RecordWalker();

  static String of(String layout, Map<String, Object> model) {
    ModelHash h = new ModelHash(WALKER);
    h.text(layout);
    h.walker.walk(model, h);
    h.flush();
    return HexFormat.of().formatHex(h.sha.digest());
  }

  @Override
  public void value(Object v) {
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
    } else {
      throw new IllegalArgumentException("A page model holds a " + v.getClass().getName() + ", which cannot be hashed");
    }
  }

  @Override
  public void map(Map<?, ?> map) {
    tag(2);
    text(Integer.toString(map.size()));
  }

  @Override
  public void list(Iterable<?> list) {
    tag(3);
  }

  @Override
  public void endList() {
    tag(4);
  }

  @Override
  public void record(Record r) {
    tag(5);
    text(r.getClass().getName());
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
