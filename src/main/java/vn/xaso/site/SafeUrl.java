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

  /**
   * Whether {@code url} can be the site's own address or a link it builds on: absolute http(s),
   * with a host, and accepted by {@link java.net.URI} (which the feed and sitemap use), so
   * {@code https://x.org/a|b/} is refused here instead of failing half-way through a build.
   */
  public static boolean address(String url) {
    if (url == null || web(url).isEmpty()) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(url.strip());
      return uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  public static Optional<String> web(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    return WEB.matcher(trimmed.toLowerCase(Locale.ROOT)).matches() ? Optional.of(trimmed) : Optional.empty();
  }
}
