package vn.xaso.importer;

/**
 * How the words next to a count of procedures say they are offered: in all (the total), fully
 * online (toàn trình), partly online (một phần), not online (trực tiếp), or "một phần và trực
 * tiếp" together; and whether the count is of procedures that had dossiers (phát sinh).
 */
final class ProcedureWords {
  enum Offer { TOTAL, FULL, PARTIAL, NOT_ONLINE, PARTIAL_OR_NOT }

  private ProcedureWords() {}

  static Offer offer(String near) {
    boolean part = has(near, "mot phan");
    boolean direct = has(near, "truc tiep|chua cung cap|chua (?:thuc hien )?truc tuyen|khong truc tuyen");
    boolean full = has(near, "toan trinh");
    if (part && direct && !full) {
      return Offer.PARTIAL_OR_NOT;
    }
    return full ? Offer.FULL : part ? Offer.PARTIAL : direct ? Offer.NOT_ONLINE : Offer.TOTAL;
  }

  /** The field of {@code procedures} a count is; {@code used} when the sentence counts procedures with dossiers. */
  static String field(String near, boolean used) {
    if (worked(near)) {
      return null;
    }
    String field = switch (offer(near)) {
      case FULL -> "full_online";
      case PARTIAL -> "partial_online";
      case NOT_ONLINE -> "not_online";
      case PARTIAL_OR_NOT -> used ? null : "partial_or_not_online";
      case TOTAL -> used ? null : "total";
    };
    return field == null ? null : (used ? "with_dossiers." : "") + field;
  }

  /**
   * Procedures worked on rather than offered: reviewed, configured, finished, added, proposed, cut or simplified in
   * the period, newly published ones, or those "còn lại" of such work without an offer's words ("cấu hình xong 45/52
   * thủ tục dịch vụ công mới", "07 thủ tục còn lại hoàn thành trong tuần 49", "đề nghị đưa thêm 12 TTHC lên trực
   * tuyến toàn trình"): none is a count of the procedures in force or of their offer.
   */
  static boolean worked(String near) {
    return has(near, WORKED) || offer(near) == Offer.TOTAL && has(near, "con lai");
  }

  private static final String WORKED = "ra soat|cau hinh|hoan thanh|dua them|dua len|bo sung|de nghi|kien nghi|cat giam"
      + "|don gian hoa|tai cau truc|chuan hoa|(?:thu tuc|tthc|dich vu cong|dvc|dvctt) moi";

  /** ", trực tiếp." closing a count's sentence or clause: the offer's other half, after the comma that ends its words. */
  private static final java.util.regex.Pattern OFFER_AFTER_COMMA = java.util.regex.Pattern.compile(
      "^\\s*,\\s*(?:va |hoac )?(truc tiep|chua truc tuyen)\\s*(?:[.;]|$)");

  /**
   * A count's words with the offer said after its comma when that closes the clause: "154 TTHC dịch vụ công trực tuyến
   * một phần, trực tiếp." is partly online or not online, as "một phần và trực tiếp" is. {@code tail} holds the sentence
   * after the count's words.
   */
  static String withOfferAfter(String near, String tail) {
    var m = OFFER_AFTER_COMMA.matcher(tail);
    return offer(near) == Offer.PARTIAL && m.find() ? near + " " + m.group(1) : near;
  }

  /** The field of a share of procedures with dossiers, or null. */
  static String shareField(String near) {
    return switch (offer(near)) {
      case FULL -> "procedures.with_dossiers.full_online_pct";
      case PARTIAL -> "procedures.with_dossiers.partial_online_pct";
      default -> null;
    };
  }

  /**
   * Whether a bare count's label names procedures with dossiers by their offer ("DVCTT toàn trình có phát sinh
   * hồ sơ:", a table's column under "Số TTHC"): its "hồ sơ" names what the procedures had, not what is counted.
   */
  static boolean withDossiersLabel(String label, String context) {
    return has(label, "phat sinh") && offer(label) != Offer.TOTAL && offer(label) != Offer.PARTIAL_OR_NOT
        && has(label + " " + context, "tthc|thu tuc|dvctt|dvc|dich vu cong");
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }
}
