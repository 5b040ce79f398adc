package vn.xaso.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What building a page's model gives, without writing anything: the frame every page shares
 * ({@link SiteContext#frame}), the page's own model, and the files beside the page it needs
 * written (its charts' CSV). Only the renderer writes, through {@code Output}.
 *
 * @param body a record of the page kind, or a map for the kinds not yet typed
 */
public record PageModel(Map<String, Object> frame, Object body, List<PageFile> files) {
  /** A file the page needs beside it, by its path from the site root. */
  public record PageFile(String path, byte[] bytes) {}

  public PageModel {
    files = List.copyOf(files);
  }

  static PageModel of(Map<String, Object> frame, Object body) {
    return new PageModel(frame, body, List.of());
  }

  /** A page whose model is still a map of its own keys after the frame's. */
  static PageModel untyped(Map<String, Object> frameAndBody, List<PageFile> files) {
    return new PageModel(frameAndBody, null, files);
  }

  /** The model as one map, for its hash: the frame's keys, then the page's model under {@code page}. */
  Map<String, Object> hashed() {
    if (body == null) {
      return frame;
    }
    Map<String, Object> m = new LinkedHashMap<>(frame);
    m.put("page", body);
    return m;
  }
}
