package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeUrlTest {

  @Test
  void onlyWebAddressesAreLinked() {
    assertEquals(Optional.of("https://vbpl.vn/"), SafeUrl.web("https://vbpl.vn/"));
    assertEquals(Optional.of("HTTP://Example.org/a"), SafeUrl.web("HTTP://Example.org/a"));
    assertTrue(SafeUrl.web("javascript:alert(1)").isEmpty());
    assertTrue(SafeUrl.web("JaVaScRiPt:alert(1)").isEmpty());
    assertTrue(SafeUrl.web("data:text/html,x").isEmpty());
    assertTrue(SafeUrl.web(null).isEmpty());
  }
}
