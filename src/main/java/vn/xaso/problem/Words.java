package vn.xaso.problem;

import java.util.Optional;
import vn.xaso.model.Lang;

/**
 * A fragment of a message in both languages, passed to a {@link Code} template as one field so
 * the template picks the language: the name of a figure, the parts of a sum, a suggestion.
 */
public record Words(String vi, String en) {
  /** Nothing in either language: an optional part of a message that does not apply. */
  public static final Words NONE = new Words("", "");

  public Words {
    if (vi == null || en == null) {
      throw new IllegalArgumentException("Words need both languages");
    }
  }

  /** " Có phải ý bạn là x?" / " Did you mean x?" after a message, or nothing without a near name. */
  public static Words didYouMean(Optional<String> near) {
    return near.map(n -> new Words(" Có phải ý bạn là " + n + "?", " Did you mean " + n + "?")).orElse(NONE);
  }

  /** The text in {@code lang}; Vietnamese unless English is asked for. */
  public String in(Lang lang) {
    return lang == Lang.EN ? en : vi;
  }
}
