package vn.xaso.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What building a page's model gives, without writing anything: the frame every page shares
 * ({@link SiteContext#frame}), the page kind's own record ({@link PageModels}; null for the 404
 * page, which has only the frame), and the files beside the page it needs written (its charts'
 * CSV). Only the renderer writes, through {@code Output}.
 */
public record PageModel(SiteContext.Frame frame, Record body, List<PageFile> files) {
  /** A file the page needs beside it, by its path from the site root. */
  public record PageFile(String path, byte[] bytes) {}

  public PageModel {
    files = List.copyOf(files);
  }

  static PageModel of(SiteContext.Frame frame, Record body) {
    return new PageModel(frame, body, List.of());
  }

  /** The model as one map, for its hash: the frame, then the page's own record. */
  Map<String, Object> hashed() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("frame", frame);
    m.put("page", body);
    return m;
  }
}
