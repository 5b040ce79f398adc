package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open-data zip, read back by both of Java's readers (local headers, and the central directory). */
class ZipWriterTest {
  private static final byte[] TABLE = "province,commune\nhai-phong,hung-thang\n".repeat(500).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  private static byte[] sample() {
    ZipWriter zip = new ZipWriter();
    zip.add("all/reports.csv", TABLE);
    zip.add("dữ-liệu.md", "# Từ điển\n".getBytes(StandardCharsets.UTF_8));
    byte[] a = "a,b\n".getBytes(StandardCharsets.UTF_8);
    byte[] b1 = "1,2\n".repeat(300).getBytes(StandardCharsets.UTF_8);
    byte[] b2 = "3,4\n".getBytes(StandardCharsets.UTF_8);
    zip.add("all/indicators.csv", List.of(ZipWriter.Segment.of(a),
        new ZipWriter.Segment(List.of(b1, b2), ZipWriter.deflate(List.of(b1, b2)))));
    zip.add("empty.csv", new byte[0]);
    return zip.bytes(LocalDate.of(2025, 12, 5));
  }

  @Test
  void theCentralDirectoryListsEveryEntrySortedWithItsSizeChecksumAndDate() throws Exception {
    Path file = dir.resolve("x.zip");
    Files.write(file, sample());
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<String> names = zip.stream().map(ZipEntry::getName).toList();
      assertEquals(List.of("all/indicators.csv", "all/reports.csv", "dữ-liệu.md", "empty.csv"), names);
      ZipEntry reports = zip.getEntry("all/reports.csv");
      assertEquals(TABLE.length, reports.getSize());
      assertEquals(crc(TABLE), reports.getCrc());
      assertEquals(ZipEntry.DEFLATED, reports.getMethod());
      assertEquals(LocalDateTime.of(2025, 12, 5, 0, 0), reports.getTimeLocal());
      assertArrayEquals(TABLE, zip.getInputStream(reports).readAllBytes());
      assertEquals("a,b\n" + "1,2\n".repeat(300) + "3,4\n",
          new String(zip.getInputStream(zip.getEntry("all/indicators.csv")).readAllBytes(), StandardCharsets.UTF_8),
          "segments deflated apart read as one entry");
      assertEquals("# Từ điển\n", new String(zip.getInputStream(zip.getEntry("dữ-liệu.md")).readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(0, zip.getInputStream(zip.getEntry("empty.csv")).readAllBytes().length);
    }
  }

  @Test
  void theLocalHeadersAgreeWithTheCentralDirectory() throws Exception {
    List<String> seen = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sample()), StandardCharsets.ISO_8859_1)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        assertEquals(crc(bytes), e.getCrc(), e.getName());
        assertEquals(bytes.length, e.getSize(), e.getName());
        seen.add(e.getName());
      }
    }
    // Read as Latin-1, the name comes out right only because the UTF-8 flag (bit 11) is set.
    assertEquals(List.of("all/indicators.csv", "all/reports.csv", "dữ-liệu.md", "empty.csv"), seen);
  }

  @Test
  void theBytesAreTheSameWhateverTheOrderOfAddingAndTheEndRecordCountsThem() {
    byte[] bytes = sample();
    assertArrayEquals(bytes, sample());
    ZipWriter reversed = new ZipWriter();
    List<String> names = new ArrayList<>(List.of("b.csv", "a.csv", "c.csv"));
    Collections.reverse(names);
    names.forEach(n -> reversed.add(n, n.getBytes(StandardCharsets.UTF_8)));
    ZipWriter forward = new ZipWriter();
    List.of("b.csv", "a.csv", "c.csv").forEach(n -> forward.add(n, n.getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals(forward.bytes(LocalDate.of(2025, 1, 1)), reversed.bytes(LocalDate.of(2025, 1, 1)));

    ByteBuffer end = ByteBuffer.wrap(bytes, bytes.length - 22, 22).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x06054b50, end.getInt());
    end.getInt();
    assertEquals(4, end.getShort());
    assertEquals(4, end.getShort());
    int centralSize = end.getInt();
    int centralOffset = end.getInt();
    assertEquals(bytes.length - 22, centralOffset + centralSize);
    ByteBuffer local = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x04034b50, local.getInt());
    assertEquals(20, local.getShort(), "version needed");
    assertEquals(0x0800, local.getShort(), "UTF-8 names");
    assertEquals(8, local.getShort(), "deflated");
    assertEquals(0, local.getShort(), "midnight");
    assertEquals(((2025 - 1980) << 9) | (12 << 5) | 5, local.getShort(), "5 December 2025");
  }

  private static long crc(byte[] bytes) {
    CRC32 c = new CRC32();
    c.update(bytes);
    return c.getValue();
  }
}
