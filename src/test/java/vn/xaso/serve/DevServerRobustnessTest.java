package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/** Issue #11, items 8 and 9: the preview server answers only reads, survives bad clients and keeps rebuilding. */
class DevServerRobustnessTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private DevServer server(StringWriter log) throws Exception {
    TinyProject.withCommune(dir);
    return new DevServer(Build.cached(dir.resolve("target/xaso-cache/preview"), "test"), dir,
        dir.resolve("target/preview"), new PrintWriter(log, true));
  }

  private HttpResponse<String> send(int port, String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws Exception {
    try (DevServer server = server(new StringWriter())) {
      int port = server.start(0);
      for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
        HttpResponse<String> r = send(port, method, "/");
        assertEquals(405, r.statusCode(), method);
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method);
      }
      HttpResponse<String> head = send(port, "HEAD", "/");
      assertEquals(200, head.statusCode());
      assertEquals("", head.body());
      assertEquals(200, send(port, "GET", "/").statusCode());
    }
  }

  @Test
  void aHalfOpenConnectionDoesNotFreezeTheServer() throws Exception {
    try (DevServer server = server(new StringWriter())) {
      int port = server.start(0);
      try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), port)) {
        OutputStream out = stalled.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // The request never ends; others are still answered.
        assertEquals(200, send(port, "GET", "/").statusCode());
        assertEquals(200, send(port, "GET", "/_xaso/status").statusCode());
      }
    }
  }

  @Test
  void aNulInThePathIsAnsweredWith400NotADroppedConnection() throws Exception {
    try (DevServer server = server(new StringWriter())) {
      int port = server.start(0);
      assertEquals(400, send(port, "GET", "/%00").statusCode());
      assertEquals(400, send(port, "GET", "/a%00b/index.html").statusCode());
      assertEquals(200, send(port, "GET", "/").statusCode());
    }
  }

  @Test
  void aPageThatWouldOverflowTheStackIsShownAndWatchingGoesOn() throws Exception {
    StringWriter log = new StringWriter();
    try (DevServer server = server(log)) {
      server.start(0);
      assertTrue(server.state().ok(), log.toString());
      Path deep = dir.resolve("content/vi/deep.md");
      Files.createDirectories(deep.getParent());
      Files.writeString(deep, "title=Sâu\ntype=page\nstatus=published\n~~~~~~\n\n" + ">".repeat(50_000) + " x\n");
      BuildState broken = await(server, s -> !s.ok());
      assertTrue(broken.problems().toString().contains("content-too-complex"), broken.problems().toString());

      Files.delete(deep);
      BuildState fixed = await(server, s -> s.ok() && s.number() > broken.number());
      assertTrue(fixed.ok(), "the watcher is still alive and rebuilt: " + log);
      assertFalse(log.toString().contains("stopped watching"), log.toString());
    }
  }

  private static BuildState await(DevServer server, Predicate<BuildState> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      BuildState s = server.state();
      if (done.test(s)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no rebuild within 30 s; last state " + server.state());
  }
}
