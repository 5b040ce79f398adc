package vn.xaso.publish;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip whose bytes depend only on its entries: sorted names, one fixed timestamp, no extra
 * fields. An entry may be made of segments deflated apart, each ending on a byte boundary
 * without closing the stream, so a province's share of a national table is compressed once,
 * in parallel with the others, and reused by later builds while that province does not change.
 */
final class ZipWriter {
  /** An empty final stored block: what closes a deflate stream of segments. */
  private static final byte[] END = {3, 0};
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int EOCD = 0x06054b50;
  /** Bit 11: names are UTF-8. */
  private static final short FLAGS = 0x0800;

  /** Part of an entry: its raw bytes as parts, and their deflate segment when already made. */
  record Segment(List<byte[]> raw, byte[] deflated) {
    static Segment of(byte[] raw) {
      return new Segment(List.of(raw), null);
    }
  }

  /** An entry as it will be written: its checksum, size and compressed bytes, worked out when added. */
  private record Entry(long crc, long size, List<byte[]> compressed) {}

  private final Map<String, Entry> entries = new java.util.concurrent.ConcurrentSkipListMap<>();

  void add(String name, byte[] bytes) {
    add(name, List.of(Segment.of(bytes)));
  }

  /** Adds an entry; the checksum and any compression happen here, so entries can be added in parallel. */
  void add(String name, List<Segment> segments) {
    CRC32 crc = new CRC32();
    long size = 0;
    List<byte[]> compressed = new ArrayList<>();
    for (Segment s : segments) {
      for (byte[] part : s.raw()) {
        crc.update(part);
        size += part.length;
      }
      compressed.add(s.deflated() != null ? s.deflated() : deflate(s.raw()));
    }
    compressed.add(END);
    entries.put(name, new Entry(crc.getValue(), size, compressed));
  }

  /**
   * Raw deflate of the parts, at the default level (level 9 took several times longer on the
   * national tables for ~2% less), ended by a sync flush: segments concatenate into one stream.
   */
  static byte[] deflate(List<byte[]> parts) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      for (byte[] part : parts) {
        d.setInput(part);
        while (!d.needsInput()) {
          out.write(buffer, 0, d.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
        }
      }
      int n;
      do {
        n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length);
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  byte[] bytes(LocalDate stamp) {
    int time = 0;
    int date = ((stamp.getYear() - 1980) << 9) | (stamp.getMonthValue() << 5) | stamp.getDayOfMonth();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
      Entry entry = e.getValue();
      long size = entry.size();
      List<byte[]> compressed = entry.compressed();
      long crc = entry.crc();
      long csize = compressed.stream().mapToLong(b -> b.length).sum();
      if (size > 0xFFFFFFFFL - 1 || csize > 0xFFFFFFFFL - 1 || out.size() > Integer.MAX_VALUE / 2) {
        throw new IllegalStateException("Zip entry too large for a zip without Zip64: " + e.getKey());
      }
      int offset = out.size();
      ByteBuffer local = header(30 + name.length);
      local.putInt(LOCAL).putShort((short) 20).putShort(FLAGS).putShort((short) 8).putShort((short) time)
          .putShort((short) date).putInt((int) crc).putInt((int) csize).putInt((int) size)
          .putShort((short) name.length).putShort((short) 0).put(name);
      out.writeBytes(local.array());
      compressed.forEach(out::writeBytes);
      ByteBuffer c = header(46 + name.length);
      c.putInt(CENTRAL).putShort((short) 20).putShort((short) 20).putShort(FLAGS).putShort((short) 8)
          .putShort((short) time).putShort((short) date).putInt((int) crc).putInt((int) csize)
          .putInt((int) size).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(name);
      central.writeBytes(c.array());
    }
    int centralOffset = out.size();
    out.writeBytes(central.toByteArray());
    ByteBuffer end = header(22);
    end.putInt(EOCD).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
        .putShort((short) entries.size()).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static ByteBuffer header(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
