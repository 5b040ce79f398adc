package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/**
 * The server's containment check against a sibling folder whose name starts like the served
 * folder's: {@code site-secret} beside {@code site}. A check comparing the paths as strings
 * ({@code "…/site-secret/x".startsWith("…/site")}) would serve it; comparing them by folder does not.
 */
class DevServerContainmentTest {
  @TempDir Path dir;
  private DevServer server;
  private int port;

  @BeforeEach
  void start() throws IOException {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER);
    Path sibling = Files.createDirectories(dir.resolve("site-secret/en"));
    Files.writeString(sibling.resolve("../secret.txt"), "not for the web", StandardCharsets.UTF_8);
    Files.writeString(sibling.resolve("../index.html"), "<p>not for the web</p>", StandardCharsets.UTF_8);
    server = new DevServer(new Build(), dir, dir.resolve("site"), new PrintWriter(new StringWriter(), true));
    port = server.start(0);
    assertTrue(server.state().ok());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSiblingFolderNamedLikeTheSiteIsNeverServed() throws Exception {
    assertTrue(get("/robots.txt").startsWith("HTTP/1.1 200"));
    for (String path : new String[] {"/../site-secret/secret.txt", "/%2e%2e/site-secret/secret.txt",
        "/en/../../site-secret/secret.txt", "/../site-secret/", "/../site-secret/index.html"}) {
      String response = get(path);
      assertTrue(response.startsWith("HTTP/1.1 404"), path + " → " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("not for the web"), path);
    }
  }

  @Test
  void aSiblingFolderIsNotRedirectedToAsIfItWereAPage() throws Exception {
    // Without the trailing slash a folder of the site is redirected to; one beside it must not be.
    assertTrue(get("/hai-phong").startsWith("HTTP/1.1 301"));
    String response = get("/../site-secret/en");
    assertTrue(response.startsWith("HTTP/1.1 404"), response.lines().findFirst().orElse(""));
  }

  /** A request written by hand: HTTP clients tidy ".." out of a path before sending it. */
  private String get(String path) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      s.setSoTimeout(5000);
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
