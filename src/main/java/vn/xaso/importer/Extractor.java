package vn.xaso.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/**
 * Drafts a report from its text, in parts a reader can hold: the {@link Letterhead} (commune,
 * number, date, signer, issuing block), the {@link Outline} (sentences, each in its section and
 * block), {@link Periods} (the period from the spans each section states), {@link Documents}
 * (documents answered, issued, cited), and {@link Placement} (each number to the field its words
 * name), which reads numbers through {@link Numbers} and words through {@link Vocabulary}. Rules
 * read folded text (mended where OCR misread the vocabulary); quotes keep the original.
 */
public final class Extractor {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern APPENDIX = java.util.regex.Pattern.compile("\\bphu luc\\b");

  private Extractor() {}

  /** Everything found in the text of one report; {@code fileName} goes to {@code source.file}. */
  public static Findings extract(String text, String fileName) {
    String raw = Normalizer.normalize(text, Normalizer.Form.NFC);
    Findings found = new Findings();
    if (fileName != null) {
      found.add("source.file", fileName, "tệp / file " + fileName);
    }
    Block block = Letterhead.signature(raw, found);
    // Read by Tesseract without its Vietnamese data: its confusions of vowels are read back as a class (round 27).
    boolean latin = OcrVowels.latin(raw);
    List<Sentence> sentences = new Outline(raw, block == null ? Block.GOVERNMENT : block).sentences().stream()
        .map(s -> s.withFolded(NumberWords.digits(Vocabulary.mend(s.folded(), s.original(), latin))))
        .toList();
    Letterhead.issuer(raw, found);
    Letterhead.commune(raw, found);
    Letterhead.header(raw, found);
    Documents documents = new Documents(found);
    Periods periods = new Periods(found, Letterhead.year(raw));
    Placement placement = new Placement(found, sentences, periods.cumulative(), periods.year());
    boolean appendix = false;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.part() == Part.SIGNATURE) {
        // An appendix after the signature ("Phụ lục 01: văn bản đã ban hành") lists documents; its figures are not read.
        appendix |= APPENDIX.matcher(s.folded()).find();
        if (appendix) {
          documents.read(s);
        }
        continue;
      }
      documents.read(s);
      periods.read(s);
      placement.read(i);
    }
    documents.finish();
    periods.finish();
    placement.finish();
    return found;
  }

  static Optional<LocalDate> date(String d, String m, String y) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The sentence, whitespace collapsed, cut to about 160 characters around {@code at}: the draft's comment. */
  static String trim(String sentence, int at) {
    // A window around the figure first, so a long sentence costs no more than a short one.
    int lo = Math.max(0, Math.min(at, sentence.length()) - 600);
    String window = sentence.length() <= 1200 ? sentence : sentence.substring(lo, Math.min(sentence.length(), lo + 1200));
    String s = WHITESPACE.matcher(window).replaceAll(" ").strip();
    at = sentence.length() <= 1200 ? at : at - lo;
    if (s.length() <= 160) {
      return s;
    }
    int from = Math.max(0, Math.min(at - 60, s.length() - 160));
    int to = Math.min(s.length(), from + 160);
    return (from > 0 ? "…" : "") + s.substring(from, to).strip() + (to < s.length() ? "…" : "");
  }

  /** The line of {@code text} holding offset {@code at}, trimmed as {@link #trim}. */
  static String line(String text, int at) {
    // Safe for any offset: a match starting on a line break (or past the end) quotes the line that break ends.
    int from = Math.max(0, Math.min(at, text.length()));
    int start = from == 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
    int end = text.indexOf('\n', from);
    return trim(text.substring(start, end < 0 ? text.length() : end), 0);
  }
}
