package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.model.Block;

/**
 * The report cut into sentences, each knowing the part of the outline it stands in: the preamble
 * before the first numbered heading, the section (legal basis, infrastructure, …) and, inside the
 * infrastructure section, the block a sub-heading names. Lines wrapped by the PDF or word
 * processor are joined again; a bullet or a numbered heading starts a new item.
 */
final class Outline {
  /** The parts of the common report outline a rule may care about. */
  enum Part { PREAMBLE, LEGAL, INFRASTRUCTURE, HUMAN_RESOURCES, PROCEDURES, FOLLOW_UP, ASSESSMENT, OTHER, SIGNATURE }

  /** One sentence: its original text, its folded form, where it stands, and its item (paragraph). */
  record Sentence(String original, String folded, Part part, Block block, boolean heading, int item) {}

  private static final Pattern HEADING = Pattern.compile("^\\s*((?:\\d{1,2}\\.)+\\d{0,2}\\.?|[IVX]{1,5}\\.)\\s+(?=\\p{Lu})");
  private static final Pattern TOP = Pattern.compile("^\\s*(\\d{1,2}\\.|[IVX]{1,5}\\.)\\s+(?=\\p{Lu})");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-+*•–]\\s*");
  private static final Pattern SIGN_OFF = Pattern.compile("^(noi nhan|t/m|tm\\.|kt\\.|tl\\.|tuq\\.)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?…])\\s+(?=[\\p{Lu}\\d\"“(-])");

  private final List<Sentence> sentences = new ArrayList<>();

  Outline(String text, Block defaultBlock) {
    List<String> items = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentHeading = false;
    for (String raw : text.replace('\u00A0', ' ').split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean heading = HEADING.matcher(line).find();
      boolean starts = heading || BULLET.matcher(line).find() || SIGN_OFF.matcher(Normal.fold(line)).find()
          || current.length() > 0 && Character.isUpperCase(line.charAt(0))
              && (".:;".indexOf(current.charAt(current.length() - 1)) >= 0 || currentHeading && closed(current));
      if (starts && current.length() > 0) {
        items.add(current.toString());
        headings.add(currentHeading);
        current.setLength(0);
      }
      if (current.length() == 0) {
        currentHeading = heading;
      }
      current.append(current.length() == 0 ? "" : " ").append(line);
    }
    if (current.length() > 0) {
      items.add(current.toString());
      headings.add(currentHeading);
    }
    Part part = Part.PREAMBLE;
    Block block = defaultBlock;
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String folded = Normal.fold(item);
      if (SIGN_OFF.matcher(folded).find()) {
        part = Part.SIGNATURE;
      }
      if (headings.get(i) && part != Part.SIGNATURE) {
        Matcher top = TOP.matcher(item);
        if (top.find()) {
          part = partOf(folded);
        }
        block = blockOf(folded, defaultBlock);
        item = HEADING.matcher(item).replaceFirst("");
      }
      for (String s : SENTENCE_END.split(BULLET.matcher(item).replaceFirst(""))) {
        if (!s.isBlank()) {
          sentences.add(new Sentence(s.strip(), Normal.fold(s.strip()), part, block, headings.get(i), i));
        }
      }
    }
  }

  /** A heading ends with its line unless it breaks off after a comma or inside brackets. */
  private static boolean closed(CharSequence heading) {
    String h = heading.toString();
    long open = h.chars().filter(c -> c == '(').count();
    long shut = h.chars().filter(c -> c == ')').count();
    return open <= shut && !h.endsWith(",");
  }

  List<Sentence> sentences() {
    return sentences;
  }

  private static Part partOf(String h) {
    if (h.contains("phap ly")) {
      return Part.LEGAL;
    }
    if (h.contains("ha tang") || h.contains("he thong cong nghe thong tin") || h.contains("du lieu so")) {
      return Part.INFRASTRUCTURE;
    }
    if (h.contains("nhan luc") || h.contains("nhan su")) {
      return Part.HUMAN_RESOURCES;
    }
    if (h.contains("thu tuc") || h.contains("tthc") || h.contains("dich vu cong")) {
      return Part.PROCEDURES;
    }
    if (h.contains("ket luan so")) {
      return Part.FOLLOW_UP;
    }
    if (h.contains("nhan xet") || h.contains("kien nghi") || h.contains("de xuat")) {
      return Part.ASSESSMENT;
    }
    return Part.OTHER;
  }

  /** The block a heading names; none or several named means the issuer's own block. */
  private static Block blockOf(String h, Block fallback) {
    List<Block> named = new ArrayList<>();
    if (h.matches(".*\\b(khoi dang|dang uy)\\b.*")) {
      named.add(Block.PARTY);
    }
    if (h.matches(".*\\b(chinh quyen|uy ban nhan dan|ubnd)\\b.*")) {
      named.add(Block.GOVERNMENT);
    }
    if (h.matches(".*\\b(hoi dong nhan dan|hdnd)\\b.*")) {
      named.add(Block.COUNCIL);
    }
    if (h.matches(".*\\b(mat tran|mttq)\\b.*")) {
      named.add(Block.FRONT);
    }
    return named.size() == 1 ? named.get(0) : fallback;
  }
}
