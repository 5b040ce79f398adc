package vn.xaso.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.xaso.cache.Scan;

/**
 * Watches folders and their subfolders, and waits for a quiet moment after a change so that an
 * editor's save (often several writes) triggers one rebuild. It also remembers what changed, so
 * that the rebuild walks only those folders of data/ ({@link #take}); whatever it cannot place
 * makes it unsure, and the rebuild scans everything (#26).
 */
final class Watcher implements AutoCloseable {
  private final WatchService service;
  /** Every folder watched, by its key: a folder removed is told apart from a file removed. */
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Set<Path> watched = new HashSet<>();
  /** The paths events named since the last {@link #take}. */
  private final Set<Path> changed = new HashSet<>();
  /** Whether something happened since the last {@link #take} that the paths do not say. */
  private boolean unsure;

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
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
        synchronized (this) {
          folders.put(key, dir);
          watched.add(dir);
        }
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
    Path dir;
    synchronized (this) {
      dir = folders.get(key);
      if (dir == null) {
        unsure = true;
      }
    }
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
        // Events were lost, or cannot be placed: nothing said here can be trusted to be all.
        synchronized (this) {
          unsure = true;
        }
        continue;
      }
      Path path = dir.resolve(name);
      boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
      synchronized (this) {
        changed.add(path);
        // A folder created (its files may predate its watch) or removed, or one replaced by a file.
        if (folder && event.kind() != StandardWatchEventKinds.ENTRY_MODIFY || watched.contains(path) && !folder) {
          unsure = true;
        }
      }
      if (folder && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        registerTree(path);
      }
    }
    if (!key.reset()) {
      // The folder is gone (or can no longer be watched).
      synchronized (this) {
        watched.remove(folders.remove(key));
        unsure = true;
      }
    }
  }

  /**
   * What changed under {@code data} since the last call, and forgets it: the files and folders
   * events named there, relative to it, or {@link Scan.Hint#UNSURE} when anything was lost or
   * could not be placed. Changes outside {@code data} (content/, themes/) are not in the hint:
   * the build's fingerprint reads those folders whole.
   */
  synchronized Scan.Hint take(Path data) {
    Scan.Hint hint;
    if (unsure) {
      hint = Scan.Hint.UNSURE;
    } else {
      Set<String> files = new HashSet<>();
      for (Path p : changed) {
        if (p.startsWith(data) && !p.equals(data)) {
          files.add(data.relativize(p).toString().replace('\\', '/'));
        }
      }
      hint = Scan.Hint.files(files);
    }
    changed.clear();
    unsure = false;
    return hint;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
