package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.problem.Stop;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 6, the preview server: it answers only to the names it is opened by (DNS
 * rebinding), follows no link inside its output folder, serves originals as downloads, and a
 * second {@code serve} on one project says so instead of starting silently.
 */
class DevServerTrustTest {
  @TempDir Path dir;
  private DevServer server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml",
        TinyProject.DECEMBER_SIGNED + "  file: bao-cao.txt\n").file("sources/hai-phong/hung-thang/bao-cao.txt", "Báo cáo\n");
    Files.writeString(dir.resolve("secret.txt"), "not for the web", StandardCharsets.UTF_8);
    server = new DevServer(new Build(), dir, dir.resolve("site"), new PrintWriter(new StringWriter(), true));
    port = server.start(0);
    assertTrue(server.state().ok(), server.state().problems().toString());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRequestNamingAnotherHostIsRefusedAgainstDnsRebinding() throws Exception {
    assertTrue(get("/", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
    assertTrue(get("/", "localhost:" + port).startsWith("HTTP/1.1 200"));
    assertTrue(get("/", "LOCALHOST").startsWith("HTTP/1.1 200"));
    for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil"}) {
      String response = get("/", host);
      assertTrue(response.startsWith("HTTP/1.1 421"), host + " → " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("<html"), host);
    }
  }

  @Test
  void aLinkInsideTheOutputFolderIsNotFollowed() throws Exception {
    Files.createSymbolicLink(dir.resolve("site/leak.txt"), dir.resolve("secret.txt"));
    Files.createSymbolicLink(dir.resolve("site/up"), dir);
    for (String path : new String[] {"/leak.txt", "/up/secret.txt", "/up/"}) {
      String response = get(path, "127.0.0.1");
      assertTrue(response.startsWith("HTTP/1.1 404"), path + " → " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("not for the web"), path);
    }
  }

  @Test
  void anOriginalIsServedAsADownloadAndNoTypeIsSniffed() throws Exception {
    String response = get("/data/hai-phong/hung-thang/sources/bao-cao.txt", "127.0.0.1");
    String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
    assertTrue(head.startsWith("http/1.1 200"), head);
    assertTrue(head.contains("\r\ncontent-disposition: attachment"), head);
    assertTrue(head.contains("\r\nx-content-type-options: nosniff"), head);
    String page = get("/", "127.0.0.1");
    assertFalse(page.substring(0, page.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT).contains("content-disposition"));
  }

  @Test
  void aSecondServeOnOneProjectSaysSoAndDoesNotStart() throws Exception {
    DevServer second = new DevServer(new Build(), dir, dir.resolve("site2"), new PrintWriter(new StringWriter(), true));
    Stop stop = assertThrows(Stop.class, () -> second.start(0));
    second.close();
    Path lock = dir.resolve("target/.xaso-serve.lock");
    assertEquals(lock + ":0:0: error[serve-busy] Một lệnh serve khác đang chạy cho dự án này (khóa " + lock + ").\n"
        + "    Another serve is already running for this project (lock " + lock + ").",
        stop.problem().format().lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
    assertFalse(Files.exists(dir.resolve("site2")), "the second one built nothing");
    server.close();
    DevServer third = new DevServer(new Build(), dir, dir.resolve("site"), new PrintWriter(new StringWriter(), true));
    third.start(0);
    third.close();
  }

  private String get(String path, String host) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      s.setSoTimeout(5000);
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
