package vn.xaso.cache;

/**
 * What the cache knows of one data file: its size and modification time, checked first because
 * they cost nothing to read, and its SHA-256, which decides when they differ (a checkout or a
 * {@code touch} changes the time, not the content).
 */
public record FileStamp(String file, long size, long modifiedNanos, String sha256) {

  /** Same file, same size and time: the content is taken to be the same without reading it. */
  boolean sameStat(FileStamp other) {
    return other != null && file.equals(other.file) && size == other.size && modifiedNanos == other.modifiedNanos;
  }
}
