package vn.xaso.evidence;

/**
 * What may truly be said of a part or field the report file leaves out: the kept text was searched
 * and does not speak of it ({@code NOT_STATED}); it speaks of it, on {@code line}, without a figure
 * recorded ({@code MENTIONED}, with the {@code quote}); or no text is kept, or no words are known
 * to search it with, so nothing is claimed about the report ({@code NOT_RECORDED}).
 */
public record Absence(Kind kind, int line, String quote) {
  public enum Kind { NOT_STATED, MENTIONED, NOT_RECORDED }

  public static final Absence NOT_STATED = new Absence(Kind.NOT_STATED, 0, null);
  public static final Absence NOT_RECORDED = new Absence(Kind.NOT_RECORDED, 0, null);
}
