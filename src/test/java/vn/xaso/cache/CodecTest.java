package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.build.Check;
import vn.xaso.model.Report;
import vn.xaso.problem.Problem;

/** The cache's binary form gives back values equal to those written, and refuses anything but the model. */
class CodecTest {
  private final Codec codec = new Codec();

  @Test
  void theSampleReportsAndTheirProblemsComeBackEqual() throws Exception {
    Check.Result checked = new Check().run(Path.of(""));
    Codec.Writer w = codec.writer();
    for (var r : checked.data().reports()) {
      w.value(r.value());
    }
    w.value(checked.problems().all());
    Codec.Reader r = codec.reader(w.bytes());
    for (var loaded : checked.data().reports()) {
      assertEquals(loaded.value(), r.value(Report.class), loaded.file());
    }
    List<?> problems = r.value(List.class);
    assertEquals(checked.problems().all(), problems);
    assertTrue(problems.stream().map(Problem.class::cast).anyMatch(p -> p.args().values().stream()
        .anyMatch(a -> a instanceof Double)), "arguments keep their types: numbers stay numbers for the message");
  }

  @Test
  void aCacheFileNamingAClassOutsideTheModelIsRefused() {
    byte[] name = "java.lang.ProcessBuilder".getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + name.length);
    // RECORD tag, class index 0, NEW_CLASS, then the name: what a hand-made file would hold.
    b.put((byte) 13).putShort((short) 0).put((byte) 14).putInt(name.length).put(name);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> codec.reader(b.array()).value(Object.class));
    assertTrue(e.getMessage().contains("outside the model"), e.getMessage());
  }
}
