package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/**
 * The preview server is for the person at the keyboard: reachable only from this machine, and
 * serving only files of the built site, never one beside it.
 */
class DevServerSecurityTest {
  @TempDir Path dir;
  private DevServer server;
  private int port;

  @BeforeEach
  void start() throws IOException {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER);
    // A secret beside the served folder, where a path with ".." would reach it.
    Files.writeString(dir.resolve("secret.txt"), "not for the web", StandardCharsets.UTF_8);
    server = new DevServer(new Build(), dir, dir.resolve("site"), new PrintWriter(new StringWriter(), true));
    port = server.start(0);
    assertTrue(server.state().ok());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theServerAnswersOnLoopbackOnlyNotOnTheMachinesOtherAddresses() throws Exception {
    assertTrue(rawGet(InetAddress.getLoopbackAddress(), "/").startsWith("HTTP/1.1 200"));
    Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .filter(this::up).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
    Assumptions.assumeTrue(other.isPresent(), "this machine has no address besides loopback");
    assertThrows(ConnectException.class, () -> rawGet(other.get(), "/"), "reachable on " + other.get());
  }

  @Test
  void aPathClimbingOutOfTheSiteGetsNotFoundEvenWhenTheFileExists() throws Exception {
    assertTrue(rawGet(InetAddress.getLoopbackAddress(), "/robots.txt").startsWith("HTTP/1.1 200"));
    for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/en/../../secret.txt", "/..%2fsecret.txt"}) {
      String response = rawGet(InetAddress.getLoopbackAddress(), path);
      assertTrue(response.startsWith("HTTP/1.1 404"), path + " → " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("not for the web"), path);
    }
  }

  @Test
  void pagesAreNeverCachedAndTheirTypeIsDeclared() throws Exception {
    String page = rawGet(InetAddress.getLoopbackAddress(), "/hai-phong/hung-thang/");
    String head = page.substring(0, page.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
    assertTrue(head.contains("\r\ncontent-type: text/html; charset=utf-8"), head);
    assertTrue(head.contains("\r\ncache-control: no-store"), head);
    String css = rawGet(InetAddress.getLoopbackAddress(), "/_xaso/overlay.css");
    assertTrue(css.toLowerCase(java.util.Locale.ROOT).contains("\r\ncontent-type: text/css; charset=utf-8"), css);
  }

  @Test
  void theStatusOfABrokenBuildIsJsonThatNoTextCanBreakOutOf() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER
        + "procedures: {total: \"<b>\\\"x\\ty\"}\ndossiers: {received: \"</script>\"}\n");
    // The watcher rebuilds; wait for the failed build rather than for a time.
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (server.state().ok() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }

    String response = rawGet(InetAddress.getLoopbackAddress(), "/_xaso/status");
    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
    assertFalse(body.contains("<"), body);
    var status = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    assertTrue(status.path("build").asInt() >= 2, body);
    assertFalse(status.path("ok").asBoolean());
    assertEquals(2, status.path("problems").size(), body);
    assertTrue(status.path("problems").get(0).asText().contains("<b>\"x\ty\" không phải số nguyên"), body);
    assertTrue(status.path("problems").get(1).asText().contains("</script>\" không phải số nguyên"), body);
  }

  @Test
  void afterCloseThePortNoLongerAnswers() throws Exception {
    server.close();
    assertThrows(ConnectException.class, () -> rawGet(InetAddress.getLoopbackAddress(), "/"));
  }

  private boolean up(NetworkInterface i) {
    try {
      return i.isUp();
    } catch (IOException e) {
      return false;
    }
  }

  /** A request written by hand: HTTP clients tidy ".." out of a path before sending it. */
  private String rawGet(InetAddress address, String path) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(address, port), 2000);
      s.setSoTimeout(5000);
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
