package vn.xaso.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import vn.xaso.problem.Code;
import vn.xaso.problem.Words;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;

/**
 * Parses one YAML file into a {@link YNode} tree straight from SnakeYAML's event stream. Working
 * from events lets us refuse anchors, aliases and tags before anything is expanded, catch
 * duplicate keys with both positions, and bound nesting depth.
 */
public final class YamlReader {
  private final Limits limits;

  public YamlReader(Limits limits) {
    this.limits = limits;
  }

  /**
   * Reads and parses a file; problems go to {@code problems} under {@code name}. The size is
   * checked before reading, and reading stops one byte past the limit, so a file that grows
   * meanwhile is refused too.
   */
  public Optional<YNode> read(Path file, String name, Problems problems) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      tooLarge(name, size, problems);
      return Optional.empty();
    }
    byte[] bytes;
    // The last part is not followed either: ProjectFiles has looked at the others.
    try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) limits.maxBytes() + 1);
    }
    if (bytes.length > limits.maxBytes()) {
      tooLarge(name, Files.size(file), problems);
      return Optional.empty();
    }
    return parse(bytes, name, problems);
  }

  private void tooLarge(String name, long size, Problems problems) {
    problems.add(name, Position.FILE, "", Code.FILE_TOO_LARGE, Map.of("bytes", size, "limit", limits.maxBytes()));
  }

  public Optional<YNode> parse(byte[] bytes, String name, Problems problems) {
    Optional<String> text = decode(bytes, name, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String source = text.get();
    if (!controlCharactersAbsent(source, name, problems)) {
      return Optional.empty();
    }
    if (source.isBlank()) {
      problems.add(name, Position.FILE, "", Code.EMPTY_FILE, Map.of());
      return Optional.empty();
    }
    try {
      return new Builder(name, problems).build(source);
    } catch (Unreadable e) {
      problems.add(name, e.after == null ? new Position(1, 1) : position(e.after), "", Code.YAML_UNREADABLE, Map.of());
      return Optional.empty();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String detail = e.getProblem() != null ? e.getProblem() : e.getMessage();
      Position at = mark == null ? Position.FILE : position(mark);
      if (detail.contains("\\t(TAB)") || detail.contains("\t")) {
        problems.add(name, at, "", Code.TAB_INDENTATION, Map.of());
      } else {
        problems.add(name, at, "", Code.YAML_SYNTAX, Map.of("detail", detail.replace('\n', ' ').trim()));
      }
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(name, Position.FILE, "", Code.YAML_SYNTAX, Map.of("detail", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private Optional<String> decode(byte[] bytes, String name, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String text;
    try {
      CharBuffer out = decoder.decode(in);
      text = out.toString();
    } catch (CharacterCodingException e) {
      problems.add(name, bytePosition(bytes, in.position()), "", Code.NOT_UTF8, Map.of("offset", in.position()));
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      problems.add(name, new Position(1, 1), "", Code.BYTE_ORDER_MARK, Map.of());
      text = text.substring(1);
    }
    // Old Mac line endings (CR alone): every line counted as one, so all problems were at line 1.
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return Optional.of(text);
  }

  /** Line and column (in characters) of a bad byte; everything before it decoded, so it is UTF-8. */
  private static Position bytePosition(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new Position(line, before.codePointCount(0, before.length()) + 1);
  }

  private static boolean controlCharactersAbsent(String text, String name, Problems problems) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (Code.refusedCharacter(c)) {
        problems.add(name, new Position(line, column), "",
            Code.invisibleCharacter(c) ? Code.INVISIBLE_CHARACTER : Code.CONTROL_CHARACTER,
            Map.of("char", String.format(Locale.ROOT, "U+%04X", c)));
        return false;
      }
      column++;
    }
    return true;
  }

  static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** SnakeYAML failed with something other than a syntax error, after {@code after}. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark after;

    Unreadable(Mark after) {
      super(null, null, false, false);
      this.after = after;
    }
  }

  /** Turns the event stream into nodes; one instance per file. */
  private final class Builder {
    private final String name;
    private final Problems problems;
    private final Deque<List<YNode>> stack = new ArrayDeque<>();
    private final Deque<Event> starts = new ArrayDeque<>();
    private Mark lastGood;
    private int nodes;

    Builder(String name, Problems problems) {
      this.name = name;
      this.problems = problems;
    }

    Optional<YNode> build(String source) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowRecursiveKeys(false);
      options.setMaxAliasesForCollections(0);
      options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
      Parser parser = new ParserImpl(new StreamReader(new StringReader(source)), options);
      List<YNode> roots = new ArrayList<>();
      int documents = 0;
      Event event;
      while ((event = next(parser)) != null) {
        if (event.is(Event.ID.StreamEnd)) {
          break;
        }
        if (event instanceof DocumentStartEvent) {
          documents++;
          if (documents > 1) {
            problems.add(name, position(event.getStartMark()), "", Code.MULTIPLE_DOCUMENTS, Map.of());
            return Optional.empty();
          }
          continue;
        }
        if (!accept(event, roots)) {
          return Optional.empty();
        }
      }
      if (roots.isEmpty()) {
        problems.add(name, Position.FILE, "", Code.EMPTY_FILE, Map.of());
        return Optional.empty();
      }
      return Optional.of(roots.get(0));
    }

    /**
     * The next event, or null at the end. SnakeYAML's own errors are {@link YAMLException}s and
     * are handled by the caller; anything else it throws is one of its bugs (the fuzzer found
     * {@code "\\u} at the end of a file ending in a NumberFormatException). Those are told as an
     * unreadable spot right after the last event that was read.
     */
    private Event next(Parser parser) {
      try {
        return parser.peekEvent() == null ? null : parser.getEvent();
      } catch (YAMLException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new Unreadable(lastGood);
      }
    }

    private boolean accept(Event event, List<YNode> roots) {
      lastGood = event.getEndMark();
      if (event instanceof NodeEvent && ++nodes > limits.maxNodes()) {
        // Bounds the tree and the binding: 150,000 list items took most of a second to bind.
        problems.add(name, position(event.getStartMark()), "", Code.TOO_MANY_VALUES, Map.of("limit", limits.maxNodes()));
        return false;
      }
      if (event instanceof AliasEvent alias) {
        problems.add(name, position(event.getStartMark()), "", Code.ALIAS_REFUSED, Map.of("what", "*" + alias.getAnchor()));
        return false;
      }
      if (event instanceof NodeEvent node && node.getAnchor() != null) {
        problems.add(name, position(event.getStartMark()), "", Code.ALIAS_REFUSED, Map.of("what", "&" + node.getAnchor()));
        return false;
      }
      if (event instanceof CollectionStartEvent start && start.getTag() != null) {
        problems.add(name, position(event.getStartMark()), "", Code.TAG_REFUSED, Map.of("tag", start.getTag()));
        return false;
      }
      if (event instanceof ScalarEvent scalar) {
        if (scalar.getTag() != null && !scalar.getImplicit().canOmitTagInPlainScalar()
            && !scalar.getImplicit().canOmitTagInNonPlainScalar()) {
          problems.add(name, position(event.getStartMark()), "", Code.TAG_REFUSED, Map.of("tag", scalar.getTag()));
          return false;
        }
        Optional<String> escaped = escapedControl(scalar.getValue());
        if (escaped.isPresent()) {
          problems.add(name, position(event.getStartMark()), "", Code.ESCAPED_CONTROL_CHARACTER, Map.of("char", escaped.get()));
          return false;
        }
        add(new YNode.YScalar(position(event.getStartMark()), scalar.getValue(), scalar.isPlain()), roots);
        return true;
      }
      if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
        if (stack.size() >= limits.maxDepth()) {
          problems.add(name, position(event.getStartMark()), "", Code.TOO_DEEP, Map.of("limit", limits.maxDepth()));
          return false;
        }
        stack.push(new ArrayList<>());
        starts.push(event);
        return true;
      }
      if (event.is(Event.ID.MappingEnd)) {
        List<YNode> children = stack.pop();
        Event start = starts.pop();
        add(toMap(position(start.getStartMark()), children), roots);
        return true;
      }
      if (event.is(Event.ID.SequenceEnd)) {
        List<YNode> children = stack.pop();
        Event start = starts.pop();
        add(new YNode.YSeq(position(start.getStartMark()), List.copyOf(children)), roots);
        return true;
      }
      return true; // DocumentEnd, StreamStart
    }

    /**
     * The source has no control characters, but a double-quoted scalar can still make them with
     * escapes ({@code "\\0"}, {@code "\\e"}, {@code "\\r"}, {@code "\\ud800"}). Tab and line feed
     * stay allowed: they are how multi-line text is written.
     */
    private static Optional<String> escapedControl(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          int cp = value.codePointAt(i);
          if (Code.refusedCharacter(cp)) {
            return Optional.of(String.format(Locale.ROOT, "U+%04X", cp));
          }
          i++;
          continue;
        }
        if (Character.isSurrogate(c) || c == '\r' || Code.refusedCharacter(c)) {
          return Optional.of(String.format(Locale.ROOT, "U+%04X", (int) c));
        }
      }
      return Optional.empty();
    }

    /** Non-text keys are reported and dropped; duplicates are kept for the binder, which knows their path. */
    private YNode.YMap toMap(Position at, List<YNode> children) {
      List<YNode.Entry> entries = new ArrayList<>();
      for (int i = 0; i + 1 < children.size(); i += 2) {
        YNode key = children.get(i);
        if (!(key instanceof YNode.YScalar scalarKey)) {
          problems.add(name, key.position(), "", Code.WRONG_SHAPE, Map.of(
              "expected", new Words("tên trường", "a field name"), "actual", new Words("một cấu trúc", "a structure")));
          continue;
        }
        entries.add(new YNode.Entry(scalarKey, children.get(i + 1)));
      }
      return new YNode.YMap(at, List.copyOf(entries));
    }

    private void add(YNode node, List<YNode> roots) {
      if (stack.isEmpty()) {
        roots.add(node);
      } else {
        stack.peek().add(node);
      }
    }
  }
}
