package vn.xaso.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders, and waits for a quiet moment after a change so that an
 * editor's save (often several writes) triggers one rebuild.
 */
final class Watcher implements AutoCloseable {
  private final WatchService service;

  Watcher(List<Path> roots) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /** Blocks until something changed, then until nothing has changed for {@code quietMillis}. */
  void awaitChange(long quietMillis) throws InterruptedException, IOException {
    WatchKey key = service.take();
    drain(key);
    while (true) {
      WatchKey next = service.poll(quietMillis, TimeUnit.MILLISECONDS);
      if (next == null) {
        return;
      }
      drain(next);
    }
  }

  private void drain(WatchKey key) throws IOException {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path created = dir.resolve((Path) event.context());
        if (Files.isDirectory(created)) {
          registerTree(created);
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
