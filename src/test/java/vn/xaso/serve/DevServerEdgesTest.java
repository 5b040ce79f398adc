package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;
import vn.xaso.testing.TinyProject;

/**
 * The preview server's edges that its other tests pass by (issue #27, found by PIT): the port's
 * bounds, the names it answers to, a page without {@code </body>}, the length a HEAD announces,
 * the time in the rebuild line, and a closed server that no longer watches.
 */
class DevServerEdgesTest {
  private static final String HOOK = "<link rel=\"stylesheet\" href=\"/_xaso/overlay.css\">"
      + "<script src=\"/_xaso/reload.js\" defer></script>";

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private DevServer server(StringWriter log) throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED);
    return new DevServer(new Build(), dir, dir.resolve("target/preview"), new PrintWriter(log, true));
  }

  private HttpResponse<String> send(int port, String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPortOutsideOneTo65535IsAUsageErrorAndNothingIsBuilt() throws Exception {
    for (int port : new int[] {-1, 65536}) {
      try (DevServer server = server(new StringWriter())) {
        Stop stop = assertThrows(Stop.class, () -> server.start(port), "port " + port);
        assertEquals(Code.PORT_UNAVAILABLE, stop.problem().code());
        assertTrue(stop.problem().format().contains("1–65535"), stop.problem().format());
        assertEquals(0, server.state().number(), "no build for a refused port");
      }
    }
    assertFalse(Files.exists(dir.resolve("target/preview")));
  }

  @Test
  void theHighestPortIsAllowed() throws Exception {
    try (DevServer server = server(new StringWriter())) {
      try {
        assertEquals(65535, server.start(65535));
      } catch (Stop taken) {
        // Another program holds it: then the reason is the bind, not the range.
        assertFalse(taken.problem().format().contains("1–65535"), taken.problem().format());
      }
    }
  }

  @Test
  void onlyTheLoopbackNamesAreLocal() {
    for (String host : new String[] {"127.0.0.1", "localhost", "LocalHost", " localhost ", "127.0.0.1:8080",
        "localhost:1", "localhost:65535"}) {
      assertTrue(DevServer.localHost(host), host);
    }
    for (String host : new String[] {null, "", "localhost.example.com", "evil.localhost", "127.0.0.2",
        "localhost:123456", "localhost:", "0.0.0.0", "example.com:127"}) {
      assertFalse(DevServer.localHost(host), String.valueOf(host));
    }
  }

  @Test
  void aPageWithoutItsBodyEndGetsTheHookAtTheEndAndOtherFilesNone() throws Exception {
    try (DevServer server = server(new StringWriter())) {
      int port = server.start(0);
      Path out = dir.resolve("target/preview");
      Files.writeString(out.resolve("bare.html"), "<p>trần</p>");
      Files.writeString(out.resolve("two.html"), "<body>a</body><body>b</body>");
      Files.writeString(out.resolve("end.html"), "</body>");
      Files.writeString(out.resolve("notes.TXT"), "<p>not a page</p></body>");
      Files.writeString(out.resolve("blob.xyz"), "?");

      HttpResponse<String> bare = send(port, "GET", "/bare.html");
      assertEquals("<p>trần</p>" + HOOK, bare.body());
      assertEquals("text/html; charset=utf-8", bare.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("<body>a</body><body>b" + HOOK + "</body>", send(port, "GET", "/two.html").body(),
          "before the last </body>");
      assertEquals(HOOK + "</body>", send(port, "GET", "/end.html").body(), "a </body> at the very start too");
      HttpResponse<String> text = send(port, "GET", "/notes.TXT");
      assertEquals("<p>not a page</p></body>", text.body(), "only HTML gets the hook");
      assertEquals("text/plain; charset=utf-8", text.headers().firstValue("Content-Type").orElseThrow(),
          "the extension is read whatever its case");
      assertEquals("application/octet-stream", send(port, "GET", "/blob.xyz").headers().firstValue("Content-Type")
          .orElseThrow());
      assertEquals("no-store", bare.headers().firstValue("Cache-Control").orElseThrow());
    }
  }

  @Test
  void aHeadAnnouncesTheLengthAGetSends() throws Exception {
    try (DevServer server = server(new StringWriter())) {
      int port = server.start(0);
      for (String path : new String[] {"/", "/en/", "/_xaso/status", "/no-such-page/"}) {
        HttpResponse<String> get = send(port, "GET", path);
        HttpResponse<String> head = send(port, "HEAD", path);
        assertEquals(get.statusCode(), head.statusCode(), path);
        assertEquals("", head.body(), path);
        assertEquals(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
            Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow()), path);
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
      }
    }
  }

  @Test
  void theRebuildLineTellsHowLongTheBuildTookInBothLanguages() throws Exception {
    StringWriter log = new StringWriter();
    try (DevServer server = server(log)) {
      server.start(0);
      assertTrue(server.state().ok(), log.toString());
      Matcher m = Pattern.compile("\\[1\\] Đã tạo lại trang, ghi (\\d+)/(\\d+) tệp trong (\\d+),(\\d\\d) s / rebuilt: "
          + "(\\d+) of (\\d+) files in (\\d+)\\.(\\d\\d) s \\(").matcher(log.toString());
      assertTrue(m.find(), log.toString());
      assertEquals(m.group(1), m.group(5));
      assertEquals(m.group(2), m.group(6));
      assertEquals(m.group(3) + m.group(4), m.group(7) + m.group(8), "the same time, with a comma in Vietnamese");
      double seconds = Double.parseDouble(m.group(7) + "." + m.group(8));
      assertTrue(seconds > 0 && seconds < 600, "a build's time in seconds: " + seconds);
      assertTrue(Integer.parseInt(m.group(2)) > 10, "the files of a site: " + m.group(2));
    }
  }

  @Test
  void aClosedServerNoLongerWatchesNorHoldsTheProject() throws Exception {
    DevServer server = server(new StringWriter());
    server.start(0);
    assertEquals(1, server.state().number());
    server.close();
    Files.writeString(dir.resolve("data/hai-phong/hung-thang/2025-12.yaml"), TinyProject.DECEMBER_SIGNED + "# sửa\n");
    Thread.sleep(1500);
    assertEquals(1, server.state().number(), "a change after close starts no build");
    try (DevServer again = server(new StringWriter())) {
      again.start(0);
      assertTrue(again.state().number() >= 1);
    }
  }
}
