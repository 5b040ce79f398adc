package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Lang;

class MessagesTest {

  @Test
  void everyLabelExistsInBothLanguages() {
    Messages vi = Messages.of(Lang.VI);
    Messages en = Messages.of(Lang.EN);
    assertEquals(vi.all().keySet(), en.all().keySet());
    for (String key : vi.all().keySet()) {
      assertFalse(vi.get(key).isBlank(), "vi " + key);
      assertFalse(en.get(key).isBlank(), "en " + key);
      assertTrue(Normalizer.isNormalized(vi.get(key), Normalizer.Form.NFC), "vi " + key + " is not NFC");
    }
  }

  @Test
  void vietnameseLabelsCarryTheirDiacritics() {
    assertEquals("không báo cáo", Messages.of(Lang.VI).get("not_reported"));
    assertEquals("not reported", Messages.of(Lang.EN).get("not_reported"));
  }
}
