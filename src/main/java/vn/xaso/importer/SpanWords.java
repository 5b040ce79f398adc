package vn.xaso.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words beside a span stated in a sentence set it aside: a cumulative span, a part of the period ("riêng
 * tháng 9"), a comparison ("so với tháng 8"), a plan ("phương hướng, nhiệm vụ quý IV"), or a span the figures leave
 * out ("không bao gồm số liệu 6 tháng đầu năm"). Pure functions of folded words, apart from reading a span's dates
 * ({@link StatedSpans}) and choosing among spans ({@link Periods}), so each rule can be read and tested on a phrase.
 */
final class SpanWords {
  /**
   * "Số liệu" as typed or as Tesseract without Vietnamese data reads it ("sé liéu": its "é" stands for ô as well as ê,
   * and "sẽ liệu" is no phrase). Only the words dating the period's figures take it; a part's bracket needs "số liệu".
   */
  static final String FIGURES_WORD = "s[oe] lieu";
  /** "(số liệu …": a bracket dating the figures, a clause of its own. */
  private static final Pattern FIGURES_BRACKET = Pattern.compile("\\(" + FIGURES_WORD);
  /** Words before a month or quarter that make it a part of the period or a comparison, not the period. */
  private static final Pattern NOT_THE_PERIOD = Pattern.compile("(?:rieng|so voi|cung ky|hon|voi)(?: (?:trong|trong|cua))?\\s*$");
  /**
   * Words before a span in its clause that make it what the report plans, not what it reports: "phương hướng,
   * nhiệm vụ quý IV năm 2025", "dự kiến tháng 12", "kế hoạch quý I năm 2026".
   */
  private static final Pattern PLANNED = Pattern.compile("\\b(?:phuong huong|du kien|ke hoach (?:cong tac )?(?:thang|quy|nam)|uoc)\\b");
  /** Words naming the former communes or the time before the merger: their dates are not the report's "as of". */
  static final Pattern FORMER = Pattern.compile("\\b(?:xa cu|don vi cu|truoc (?:khi )?sap xep)\\b");
  /** Words before a span that leave it out of the figures ("không bao gồm số liệu 6 tháng đầu năm …"). */
  private static final Pattern LEFT_OUT = Pattern.compile("\\bkhong (?:bao )?gom\\b");
  /** Words in the clause before a span that make it another span it is compared with ("so với 2 tuần trước (từ …"). */
  private static final Pattern COMPARED = Pattern.compile("\\b(?:so voi|cung ky|ky truoc|(?:tuan|thang|quy|nam) truoc)\\b");

  private SpanWords() {}

  /** The words of the clause before {@code at}: since the last semicolon, full stop or comma. */
  static String clauseBefore(String f, int at) {
    int from = Math.max(Math.max(f.lastIndexOf(';', at - 1), f.lastIndexOf(". ", at - 1)), f.lastIndexOf(',', at - 1));
    return f.substring(from + 1, at);
  }

  /** Whether the words of the clause before a span say it is planned ("phương hướng, nhiệm vụ quý IV"), not reported. */
  static boolean planned(String f, int at) {
    int from = Math.max(Math.max(f.lastIndexOf(';', at - 1), f.lastIndexOf(". ", at - 1)), f.lastIndexOf(':', at - 1));
    // "(số liệu … từ ngày 15/12/2024 đến ngày 14/12/2025)": a bracket dating the figures is a clause of its own,
    // whatever the title before it plans ("… và phương hướng, nhiệm vụ năm 2026" joined to the preamble).
    // Tesseract without Vietnamese data writes it "(sé liéu".
    Matcher bracket = FIGURES_BRACKET.matcher(f).region(0, Math.max(0, at));
    while (bracket.find()) {
      from = Math.max(from, bracket.start());
    }
    return PLANNED.matcher(f.substring(from + 1, at)).find();
  }

  /**
   * A span the text leaves out of its figures: "không bao gồm số liệu 6 tháng đầu năm", or the former communes'
   * ("6 tháng đầu năm của các xã cũ"), neither the report's period.
   */
  static boolean excluded(String f, int start, int end) {
    return LEFT_OUT.matcher(clauseBefore(f, start)).find()
        || FORMER.matcher(f.substring(end, Math.min(f.length(), end + 24))).find();
  }

  /**
   * Whether the span at {@code at} stands beside the period, not for it: cumulative ("lũy kế … (tiếp nhận từ quý
   * III)"), a part ("riêng từ ngày 01/11"), a comparison ("so với 2 tuần trước (từ 10/11 …)", "so với số liệu đã báo
   * cáo định kỳ tháng 11/2025"), or planned or estimated ("ước cả quý IV").
   */
  static boolean aside(String f, int at) {
    String clause = clauseBefore(f, at);
    return DossierWords.otherSpan(clause) || COMPARED.matcher(clause).find() || partOnly(f, at) || planned(f, at);
  }

  /** A month or quarter named as a part of the period ("riêng tháng 9") or a comparison ("so với tháng 8"). */
  static boolean partOnly(String f, int at) {
    return NOT_THE_PERIOD.matcher(f.substring(Math.max(0, at - 16), at)).find();
  }
}
