package vn.xaso.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of files written as a list of parts, kept between the builds of one process (a
 * preview server's rebuilds). The nation's tables are every commune's rows one after another,
 * and a rebuild after one commune changed gives the same parts (the very same arrays, from the
 * cache) before that commune's: the hash goes on from the digest's state as it was after the
 * last part both builds share, saved every {@link #STRIDE} bytes, instead of from the first
 * byte. A file none of whose parts changed is not hashed at all. At national scale these
 * files are 500 MB hashed at every rebuild (#26).
 *
 * <p>SHA-256 reads its input in order, so the parts after a changed one are always hashed
 * again: the saving is the share of the file before the first change, half of it on average.
 */
final class PartsDigest {
  /** How many bytes go between two saved states: a few dozen per file, each about 200 bytes. */
  static final int STRIDE = 1 << 20;

  /** A file's parts as last hashed, and the digest's state after part {@code i} where one was saved (else null). */
  private record Known(List<byte[]> parts, MessageDigest[] after, String sha256) {}

  private final Map<String, Known> byPath = new ConcurrentHashMap<>();

  /** The SHA-256 in hex of {@code parts} one after another, the file at {@code path}. */
  String sha256(String path, List<byte[]> parts) {
    Known last = byPath.get(path);
    int same = last == null ? 0 : shared(last.parts(), parts);
    if (last != null && same == parts.size() && same == last.parts().size()) {
      return last.sha256();
    }
    MessageDigest[] after = new MessageDigest[parts.size()];
    int from = 0;
    MessageDigest sha = null;
    for (int i = same - 1; i >= 0 && sha == null; i--) {
      if (last.after()[i] != null) {
        sha = copy(last.after()[i]);
        from = i + 1;
      }
    }
    if (sha == null) {
      sha = newSha();
    }
    System.arraycopy(last == null ? after : last.after(), 0, after, 0, from);
    long sinceSaved = 0;
    for (int i = from; i < parts.size(); i++) {
      sha.update(parts.get(i));
      sinceSaved += parts.get(i).length;
      if (sinceSaved >= STRIDE) {
        after[i] = copy(sha);
        sinceSaved = 0;
      }
    }
    String hex = HexFormat.of().formatHex(sha.digest());
    byPath.put(path, new Known(List.copyOf(parts), after, hex));
    return hex;
  }

  /** How many parts from the first are the same bytes in both: the same array, or an equal one (a header made again). */
  private static int shared(List<byte[]> a, List<byte[]> b) {
    int n = Math.min(a.size(), b.size());
    int i = 0;
    while (i < n && (a.get(i) == b.get(i) || Arrays.equals(a.get(i), b.get(i)))) {
      i++;
    }
    return i;
  }

  private static MessageDigest copy(MessageDigest sha) {
    try {
      return (MessageDigest) sha.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be cloned here", e);
    }
  }

  private static MessageDigest newSha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
