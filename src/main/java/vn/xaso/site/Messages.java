package vn.xaso.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.xaso.model.Lang;

/** Every label of the site in one language, read from {@code messages_<lang>.properties} (UTF-8). */
public final class Messages {
  private final Map<String, String> labels;

  private Messages(Map<String, String> labels) {
    this.labels = Collections.unmodifiableMap(labels);
  }

  public static Messages of(Lang lang) {
    String name = "messages_" + lang.code() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing message bundle " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> labels = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> labels.put(k, p.getProperty(k)));
      return new Messages(labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The label; an unknown key is a programming error, so it fails the build rather than showing a key. */
  public String get(String key) {
    String label = labels.get(key);
    if (label == null) {
      throw new IllegalArgumentException("No label for key " + key);
    }
    return label;
  }

  /** The label with {@code {name}} placeholders filled. */
  public String get(String key, Map<String, String> args) {
    String label = get(key);
    for (Map.Entry<String, String> a : args.entrySet()) {
      label = label.replace("{" + a.getKey() + "}", a.getValue());
    }
    return label;
  }

  public Map<String, String> all() {
    return labels;
  }
}
