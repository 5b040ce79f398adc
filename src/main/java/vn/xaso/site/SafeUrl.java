package vn.xaso.site;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * URLs from data files: FreeMarker escapes them but does not look at their scheme, so
 * {@code javascript:} would pass. Only absolute http(s) addresses are linked.
 */
public final class SafeUrl {
  private static final Pattern WEB = Pattern.compile("https?://[^\\s\"'<>`]+");

  private SafeUrl() {}

  public static Optional<String> web(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    return WEB.matcher(trimmed.toLowerCase(Locale.ROOT)).matches() ? Optional.of(trimmed) : Optional.empty();
  }
}
