package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page is kept, not rendered again, when its model hashes the same as last build: so any change
 * a reader could see must change the hash, and nothing else may.
 */
class ModelHashTest {
  record Name(String text) {}

  record Label(String text) {}

  record Pair(Name first, Name second) {}

  private static String hash(Object value) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("v", value);
    return ModelHash.of("page.ftlh", model);
  }

  @Test
  void theSameModelHashesTheSameAndAsSha256Hex() {
    Map<String, Object> a = new LinkedHashMap<>(Map.of("title", "Xã Hùng Thắng"));
    Map<String, Object> b = new LinkedHashMap<>(Map.of("title", "Xã Hùng Thắng"));
    assertEquals(ModelHash.of("report.ftlh", a), ModelHash.of("report.ftlh", b));
    assertTrue(ModelHash.of("report.ftlh", a).matches("[0-9a-f]{64}"));
  }

  @Test
  void anotherTemplateIsAnotherPage() {
    Map<String, Object> model = Map.of("title", "x");
    assertNotEquals(ModelHash.of("report.ftlh", model), ModelHash.of("commune.ftlh", model));
  }

  @Test
  void absentEmptyAndTheWordNullAreThreeDifferentThings() {
    assertNotEquals(hash(null), hash(""));
    assertNotEquals(hash(null), hash("null"));
    assertNotEquals(hash(""), hash("null"));
  }

  @Test
  void aNumberIsNotItsTextAndAnIntegerIsNotALong() {
    assertNotEquals(hash(1), hash("1"));
    assertNotEquals(hash(1), hash(1L));
    assertNotEquals(hash(1), hash(2));
    assertNotEquals(hash(true), hash(false));
    assertNotEquals(hash(LocalDate.of(2025, 12, 31)), hash(LocalDate.of(2025, 12, 30)));
  }

  @Test
  void textIsHashedWithItsLengthSoWordsCannotShiftBetweenFields() {
    assertNotEquals(hash(List.of("ab", "c")), hash(List.of("a", "bc")));
    assertNotEquals(hash(List.of("a", "b")), hash(List.of("ab")));
  }

  @Test
  void aLongTextsLengthIsHashedInAllItsBytes() {
    // Pinned: a length of 300 has a second byte (1) that shorter texts never exercise. The hash
    // keys the build cache, so a change to its encoding must be deliberate and change this value.
    assertEquals("3ac5db7be38daea84f2e2cf91a53fb8decad906bbd713f6743348f0e61cf8f19", hash("a".repeat(300)));
    // And 70,000 (a content page's HTML can be that long) has a third byte (1). The fourth needs 16 million characters.
    assertEquals("12ad09759caceb751025e4e3174da86da1731288372ca6a6d35d1badc858c2da", hash("a".repeat(70_000)));
  }

  @Test
  void everyCharacterCountsIncludingItsHighByte() {
    assertNotEquals(hash("Hùng"), hash("Hung"));
    // U+0161 and U+0061 share their low byte: only the high byte tells them apart.
    assertNotEquals(hash("\u0161"), hash("a"));
    assertNotEquals(hash("\u0100"), hash("\u0000"));
  }

  @Test
  void whereAListEndsIsPartOfTheModel() {
    assertNotEquals(hash(List.of(List.of("a"), "b")), hash(List.of(List.of("a", "b"))));
    assertNotEquals(hash(List.of()), hash(null));
  }

  @Test
  void aMapsSizeAndKeysArePartOfTheModel() {
    assertNotEquals(hash(Map.of()), hash(List.of()));
    Map<String, Object> one = new HashMap<>();
    one.put("a", null);
    assertNotEquals(hash(Map.of()), hash(one));
    assertNotEquals(hash(Map.of("a", "x")), hash(Map.of("b", "x")));
  }

  @Test
  void recordsOfDifferentKindsWithTheSameTextDiffer() {
    assertNotEquals(hash(new Name("x")), hash(new Label("x")));
    assertNotEquals(hash(new Name("x")), hash("x"));
    assertNotEquals(hash(new Pair(new Name("a"), new Name("b"))), hash(new Pair(new Name("b"), new Name("a"))));
    assertEquals(hash(new Pair(new Name("a"), null)), hash(new Pair(new Name("a"), null)));
  }

  @Test
  void aModelLargerThanTheBufferIsHashedWhole() {
    // 40,000 characters are 160,000 bytes hashed: the buffer of 64 KB is flushed on the way.
    char[] text = new char[40_000];
    Arrays.fill(text, 'a');
    String big = new String(text);
    text[text.length - 1] = 'b';
    String lastDiffers = new String(text);
    assertNotEquals(hash(big), hash(lastDiffers));
    text[text.length - 1] = 'a';
    text[0] = 'b';
    assertNotEquals(hash(big), hash(new String(text)));
    assertEquals(hash(big), hash(new String(big.toCharArray())));
  }

  @Test
  void anAbsentValueInAListIsStillAnEntry() {
    assertNotEquals(hash(Arrays.asList(null, "a")), hash(List.of("a")));
    // Four absent values must not read as the four zero bytes of an empty text's length.
    assertNotEquals(hash(Arrays.asList(null, null, null, null)), hash(List.of("")));
  }

  @Test
  void aMapsSizeTellsWhereItEndsInAList() {
    assertNotEquals(hash(List.of(Map.of("a", "b", "c", "d"))), hash(List.of(Map.of("a", "b"), "c", "d")));
  }

  @Test
  void whereAListStartsIsPartOfTheModel() {
    assertNotEquals(hash(List.of("a", List.of())), hash(List.of(List.of("a"))));
  }

  @Test
  void aValueItCannotHashIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hash(new Object()));
    assertEquals("A page model holds a java.lang.Object, which cannot be hashed", e.getMessage());
  }
}
