package vn.xaso.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.build.Check;
import vn.xaso.model.Lang;

/** Figures and dates inside messages follow each language, as everything else on the site does. */
class MessagesFollowLanguageTest {
  @Test
  void hungThangsWarningsReadNaturallyInBothLanguages() throws Exception {
    List<Problem> problems = new Check().run(Path.of("")).problems()
        .byFile().get("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml");
    Problem asOf = problems.stream().filter(p -> p.code() == Code.AS_OF_OUTSIDE_PERIOD).findFirst().orElseThrow();
    assertEquals("Báo cáo nói số liệu tính đến 07/11/2025, nằm ngoài kỳ 28/11/2025 – 05/12/2025.", asOf.message(Lang.VI));
    assertEquals("The report says its figures stand as of 7 Nov 2025, outside the period 28 Nov 2025 – 5 Dec 2025.",
        asOf.message(Lang.EN));
    Problem rate = problems.stream().filter(p -> p.code() == Code.RATE_MISMATCH).findFirst().orElseThrow();
    assertEquals("Báo cáo ghi 8,81%, nhưng 14/138 = 10,14%.", rate.message(Lang.VI));
    assertEquals("The report states 8.81%, but 14/138 = 10.14%.", rate.message(Lang.EN));
  }
}
