package vn.xaso.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A builder by name is as strict as the positional constructor it replaces: each component exactly once. */
class GivenTest {
  record Place(String name, String href, String note) {}

  private static Given given() {
    return new Given(Place.class);
  }

  @Test
  void everyComponentGivenOnceBuilds() {
    Given g = given();
    g.add("name");
    g.add("href");
    g.add("note");
    g.check();
  }

  @Test
  void aComponentLeftOutIsNamed() {
    Given g = given();
    g.add("href");
    IllegalStateException e = assertThrows(IllegalStateException.class, g::check);
    assertEquals("Place built without name, note", e.getMessage());
  }

  @Test
  void aComponentGivenTwiceIsRefused() {
    Given g = given();
    g.add("name");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> g.add("name"));
    assertEquals("Place.name given twice", e.getMessage());
  }

  @Test
  void aNameTheRecordDoesNotHaveIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> given().add("title"));
    assertEquals("Place has no component title", e.getMessage());
  }
}
