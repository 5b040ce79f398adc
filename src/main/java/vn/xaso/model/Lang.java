package vn.xaso.model;

import java.util.Locale;

/** The site's two languages: Vietnamese at the root, English under {@code en/}. */
public enum Lang {
  VI("vi", "", Locale.forLanguageTag("vi-VN")),
  EN("en", "en/", Locale.forLanguageTag("en-GB"));

  private final String code;
  private final String prefix;
  private final Locale locale;

  Lang(String code, String prefix, Locale locale) {
    this.code = code;
    this.prefix = prefix;
    this.locale = locale;
  }

  public String code() {
    return code;
  }

  /** Folder of this language under the site root: empty for Vietnamese, {@code en/} for English. */
  public String prefix() {
    return prefix;
  }

  public Locale locale() {
    return locale;
  }

  public Lang other() {
    return this == VI ? EN : VI;
  }
}
