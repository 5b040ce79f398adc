package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Block;
import vn.xaso.model.Text;

/** Each kind of value the cache carries comes back equal and of the same type; a damaged stream is refused. */
class CodecValuesTest {
  private final Codec codec = new Codec();

  private Codec.Reader roundTrip(Object... values) {
    Codec.Writer w = codec.writer();
    for (Object v : values) {
      w.value(v);
    }
    return codec.reader(w.bytes());
  }

  @Test
  void scalarsComeBackWithTheirTypes() {
    Codec.Reader r = roundTrip(null, "Hùng Thắng", 7, -7L, 58.25, true, false, LocalDate.of(2025, 12, 31),
        new BigDecimal("1234.50"), "");
    assertTrue(r.hasMore());
    assertEquals(null, r.value(Object.class));
    assertEquals("Hùng Thắng", r.value(String.class));
    assertEquals(7, r.value(Integer.class));
    assertEquals(-7L, r.value(Long.class));
    assertEquals(58.25, r.value(Double.class));
    assertEquals(true, r.value(Boolean.class));
    assertEquals(false, r.value(Boolean.class));
    assertEquals(LocalDate.of(2025, 12, 31), r.value(LocalDate.class));
    assertEquals(new BigDecimal("1234.50"), r.value(BigDecimal.class), "the scale is kept");
    assertEquals("", r.value(String.class));
    assertFalse(r.hasMore());
  }

  @Test
  void bytesAndListsComeBackWhole() {
    Codec.Reader r = roundTrip(new byte[] {1, 0, -1}, new byte[0], List.of("a", 2, List.of()), new ArrayList<>());
    assertArrayEquals(new byte[] {1, 0, -1}, r.value(byte[].class));
    assertArrayEquals(new byte[0], r.value(byte[].class));
    assertEquals(List.of("a", 2, List.of()), r.value(List.class));
    assertEquals(List.of(), r.value(List.class));
  }

  @Test
  void mapsKeepTheirOrderAndTheirKind() {
    Map<String, Integer> inserted = new LinkedHashMap<>();
    inserted.put("z", 1);
    inserted.put("a", 2);
    EnumMap<Block, String> byBlock = new EnumMap<>(Block.class);
    byBlock.put(Block.GOVERNMENT, "UBND");
    Codec.Reader r = roundTrip(inserted, new TreeMap<>(Map.of("b", 1, "a", 2)), byBlock, new EnumMap<>(Block.class));
    Map<?, ?> back = r.value(Map.class);
    assertEquals(List.of("z", "a"), List.copyOf(back.keySet()));
    assertInstanceOf(TreeMap.class, r.value(Map.class));
    Map<?, ?> enumMap = r.value(Map.class);
    assertInstanceOf(EnumMap.class, enumMap);
    assertEquals(byBlock, enumMap);
    assertEquals(Map.of(), r.value(Map.class), "an empty EnumMap has no key to name its type: it comes back empty");
  }

  @Test
  void enumsAndRecordsAreNamedOnceAndRebuilt() {
    Text text = new Text("Phần mềm", null);
    Codec.Writer once = codec.writer().value(text);
    Codec.Writer twice = codec.writer().value(text).value(text);
    int first = once.bytes().length;
    assertTrue(twice.bytes().length - first < first, "the second record does not name its class again");
    Codec.Reader r = roundTrip(Block.GOVERNMENT, text, Block.GOVERNMENT, new Text("a", "b"));
    assertEquals(Block.GOVERNMENT, r.value(Block.class));
    assertEquals(text, r.value(Text.class));
    assertEquals(Block.GOVERNMENT, r.value(Block.class));
    assertEquals(new Text("a", "b"), r.value(Text.class));
  }

  @Test
  void aValueOfAnotherTypeThanExpectedIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> roundTrip("text").value(Integer.class));
    assertEquals("Expected a java.lang.Integer, found java.lang.String", e.getMessage());
  }

  @Test
  void whatTheModelDoesNotHoldCannotBeWritten() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> codec.writer().value(Set.of("a")));
    assertTrue(e.getMessage().startsWith("The cache cannot carry a "), e.getMessage());
  }

  @Test
  void anUnknownTagOrAClassNumberOutOfOrderIsADamagedFile() {
    IllegalStateException tag = assertThrows(IllegalStateException.class,
        () -> codec.reader(new byte[] {99}).value(Object.class));
    assertEquals("Unknown tag 99 at byte 0", tag.getMessage());
    // An ENUM naming class 1 while the stream has named none yet.
    byte[] skipped = ByteBuffer.allocate(4).put((byte) 12).putShort((short) 1).put((byte) 14).array();
    IllegalStateException order = assertThrows(IllegalStateException.class,
        () -> codec.reader(skipped).value(Object.class));
    assertTrue(order.getMessage().startsWith("Corrupt class table"), order.getMessage());
    byte[] noMarker = ByteBuffer.allocate(4).put((byte) 12).putShort((short) 0).put((byte) 0).array();
    assertThrows(IllegalStateException.class, () -> codec.reader(noMarker).value(Object.class));
  }
}
