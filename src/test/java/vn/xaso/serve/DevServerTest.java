package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.Trees;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

class DevServerTest {
  private static final String REPORT = """
      commune: hung-thang
      period: {start: 2025-11-01, end: 2025-11-30}
      source:
        issuer: {vi: UBND xã Hùng Thắng}
        issuer_block: government
        title: {vi: Báo cáo tháng 11}
      procedures: {total: 10, full_online: 6, partial_online: 3, not_online: 1}
      """;

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aChangeIsPickedUpAndABrokenFileKeepsTheLastGoodSite() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-11.yaml", REPORT);
    Path out = dir.resolve("target/preview");
    StringWriter log = new StringWriter();
    // As `xaso serve` runs it: with a cache, so each change is an incremental build.
    Build build = Build.cached(dir.resolve("target/xaso-cache/preview"), "test");
    try (DevServer server = new DevServer(build, dir, out, new PrintWriter(log, true))) {
      int port = server.start(0);
      assertEquals(1, server.state().number());
      assertTrue(server.state().ok(), log.toString());

      p.file("data/hai-phong/hung-thang/2025-11.yaml", REPORT.replace("total: 10", "total: 10, fields: 4"));
      BuildState second = await(server, s -> s.number() >= 2);
      assertTrue(second.ok(), log.toString());
      assertTrue(log.toString().contains("(cập nhật 1 xã / incremental, 1 commune)"), log.toString());
      var good = Trees.hashes(out);

      p.file("data/hai-phong/hung-thang/2025-11.yaml", REPORT.replace("total: 10", "total: ten"));
      BuildState broken = await(server, s -> !s.ok());
      assertFalse(broken.problems().isEmpty());
      assertTrue(broken.problems().get(0).contains("error[not-integer] procedures.total"), broken.problems().toString());
      assertTrue(log.toString().contains("error[not-integer] procedures.total"), "the terminal shows the error");
      assertEquals(good, Trees.hashes(out), "the last good site is still what is served");

      HttpResponse<String> status = get(port, "/_xaso/status");
      assertTrue(status.body().contains("\"ok\":false") && status.body().contains("not-integer"), status.body());
      assertEquals(200, get(port, "/_xaso/reload.js").statusCode());
      HttpResponse<String> home = get(port, "/");
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("<script src=\"/_xaso/reload.js\" defer></script></body>"), "pages get the reload hook");
      HttpResponse<String> en = get(port, "/en/hai-phong/hung-thang/2025-11/");
      assertEquals(200, en.statusCode(), "the last good report page is still served");
      assertEquals(404, get(port, "/../../etc/passwd").statusCode());

      // Fixed: the cache outlived the failed build, so the rebuild is incremental again.
      p.file("data/hai-phong/hung-thang/2025-11.yaml", REPORT.replace("total: 10", "total: 10, fields: 5"));
      long failed = broken.number();
      BuildState fixed = await(server, s -> s.ok() && s.number() > failed);
      assertTrue(fixed.ok(), log.toString());
      String last = log.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
      assertTrue(last.endsWith("(cập nhật 1 xã / incremental, 1 commune)"), last);
    }
  }

  @Test
  void aFolderWithoutItsSlashRedirectsAndNotFoundSpeaksTheLanguageAskedFor() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-11.yaml", REPORT);
    Path out = dir.resolve("target/preview");
    try (DevServer server = new DevServer(new Build(), dir, out, new PrintWriter(new StringWriter(), true))) {
      int port = server.start(0);
      assertTrue(server.state().ok(), server.state().toString());
      // The HTTP client does not follow redirects by default: the 301 itself is what is checked.
      HttpResponse<String> folder = get(port, "/hai-phong/hung-thang?x=1");
      assertEquals(301, folder.statusCode());
      assertEquals("/hai-phong/hung-thang/?x=1", folder.headers().firstValue("Location").orElseThrow());
      assertEquals("/en/hai-phong/", get(port, "/en/hai-phong").headers().firstValue("Location").orElseThrow());
      assertEquals(200, get(port, "/hai-phong/hung-thang/").statusCode());

      HttpResponse<String> vi = get(port, "/khong-co/");
      assertEquals(404, vi.statusCode());
      assertTrue(vi.body().contains("<html lang=\"vi\""), vi.body());
      HttpResponse<String> en = get(port, "/en/no-such-page/");
      assertEquals(404, en.statusCode());
      assertTrue(en.body().contains("<html lang=\"en\""), en.body());
    }
  }

  @Test
  void closingStopsServingAtOnce() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-11.yaml", REPORT);
    DevServer server = new DevServer(new Build(), dir, dir.resolve("target/preview"), new PrintWriter(new StringWriter(), true));
    int port = server.start(0);
    assertEquals(200, get(port, "/").statusCode());
    long start = System.nanoTime();
    server.close();
    double seconds = (System.nanoTime() - start) / 1e9;
    // Printed rather than timed: the figure goes in the report, the test checks the port is free again.
    System.out.printf("DevServer.close() took %.3f s%n", seconds);
    try (java.net.ServerSocket again = new java.net.ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort());
    }
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static BuildState await(DevServer server, Predicate<BuildState> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      BuildState s = server.state();
      if (done.test(s)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no rebuild within 20 s; last state " + server.state());
  }
}
