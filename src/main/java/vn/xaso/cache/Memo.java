package vn.xaso.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.xaso.publish.DataPublisher.ProvinceSlice;
import vn.xaso.publish.Output;

/**
 * What a {@link BuildCache} remembers in memory of what it last read or wrote, so that a
 * long-lived build (the preview server) reads nothing back from disk between rebuilds. Entries
 * are keyed by a {@link Kind}, which knows the type of its values, and the province they belong
 * to: nothing is looked up by a string, and nothing read back needs a cast where it is used.
 *
 * <p>The memo belongs to one {@code state.bin}, named by {@link #of}; {@link #remember} adds an
 * entry only while it is known which one that is.
 */
final class Memo {
  /** A kind of entry, typed by what it holds. */
  static final class Kind<T> {
    private final String name;

    private Kind(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What {@code state.bin} says; kept under the province {@code ""}. */
  static final Kind<BuildCache.State> STATE = new Kind<>("state");
  /** A province's communes' file stamps, by commune. */
  static final Kind<Map<String, List<FileStamp>>> STAMPS = new Kind<>("stamps");
  /** A province's communes as the last build bound and checked them. */
  static final Kind<List<BuildCache.Unit>> UNITS = new Kind<>("units");
  /** A province's open-data slices. */
  static final Kind<ProvinceSlice> SLICE = new Kind<>("slice");
  /** A province's share of the output's files, by path. */
  static final Kind<Map<String, Output.Written>> FILES = new Kind<>("files");

  private record Key(Kind<?> kind, String province) {}

  private final Map<Key, Object> entries = new ConcurrentHashMap<>();
  /** The identity of the {@code state.bin} the entries describe; null when unknown. */
  private volatile Object of;

  /** The entry, or null. */
  <T> T get(Kind<T> kind, String province) {
    // Sound: put() is the only way in, and it takes a T for a Kind<T>.
    @SuppressWarnings("unchecked")
    T value = (T) entries.get(new Key(kind, province));
    return value;
  }

  <T> void put(Kind<T> kind, String province, T value) {
    entries.put(new Key(kind, province), value);
  }

  /** Puts the entry only while the memo is known to describe the {@code state.bin} on disk. */
  <T> void remember(Kind<T> kind, String province, T value) {
    if (of != null) {
      put(kind, province, value);
    }
  }

  Object of() {
    return of;
  }

  /** Says which {@code state.bin} the entries describe; null: not known, nothing more is remembered. */
  void of(Object identity) {
    of = identity;
  }

  /** Forgets every entry. */
  void clear() {
    entries.clear();
  }

  /** Forgets what belongs to the given provinces; keeps the rest, the state included. */
  void forget(Set<String> provinces) {
    entries.keySet().removeIf(k -> provinces.contains(k.province()));
  }
}
