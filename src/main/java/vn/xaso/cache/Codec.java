package vn.xaso.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.records.RecordWalker;

/**
 * A compact binary form of the model's records, for the build cache: every value carries a
 * one-byte tag, records and enums are named once per stream, and records are rebuilt through
 * their canonical constructors, so a value read back is equal to the one written. Restoring
 * 40,000 bound reports this way is several times faster than parsing their YAML again.
 *
 * <p>Maps keep their iteration order (an {@code EnumMap} stays one); sets and arbitrary classes
 * are refused, so a model change that the codec cannot carry fails loudly in the tests.
 */
public final class Codec {
  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte INT = 2;
  private static final byte LONG = 3;
  private static final byte DOUBLE = 4;
  private static final byte BOOLEAN = 5;
  private static final byte DATE = 6;
  private static final byte DECIMAL = 7;
  private static final byte LIST = 8;
  private static final byte MAP = 9;
  private static final byte TREE_MAP = 10;
  private static final byte ENUM_MAP = 11;
  private static final byte ENUM = 12;
  private static final byte RECORD = 13;
  private static final byte NEW_CLASS = 14;
  private static final byte BYTES = 15;

  /** Reads records' components and rebuilds records: the walker the site's model hash uses too. */
  private final RecordWalker walker;

  public Codec() {
    this(new RecordWalker());
  }

  public Codec(RecordWalker walker) {
    this.walker = walker;
  }

  /** Writes values one after another; {@link #bytes()} gives the stream. Not thread-safe. */
  public final class Writer {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(buffer);
    private final Map<Class<?>, Integer> classes = new HashMap<>();

    public Writer value(Object v) {
      try {
        walker.walk(v, tags);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    public byte[] bytes() {
      return buffer.toByteArray();
    }

    /** Each value's tag and bytes; the walker goes into lists, maps and records. */
    private final RecordWalker.Visitor<IOException> tags = new RecordWalker.Visitor<>() {
      @Override
      public void value(Object v) throws IOException {
        if (v == null) {
          out.writeByte(NULL);
        } else if (v instanceof String s) {
          out.writeByte(STRING);
          string(s);
        } else if (v instanceof Integer i) {
          out.writeByte(INT);
          out.writeInt(i);
        } else if (v instanceof Long l) {
          out.writeByte(LONG);
          out.writeLong(l);
        } else if (v instanceof Double d) {
          out.writeByte(DOUBLE);
          out.writeDouble(d);
        } else if (v instanceof Boolean b) {
          out.writeByte(BOOLEAN);
          out.writeBoolean(b);
        } else if (v instanceof LocalDate d) {
          out.writeByte(DATE);
          out.writeLong(d.toEpochDay());
        } else if (v instanceof BigDecimal d) {
          out.writeByte(DECIMAL);
          string(d.toString());
        } else if (v instanceof byte[] b) {
          out.writeByte(BYTES);
          out.writeInt(b.length);
          out.write(b);
        } else if (v instanceof Enum<?> e) {
          out.writeByte(ENUM);
          type(e.getDeclaringClass());
          out.writeShort(e.ordinal());
        } else {
          throw refused(v);
        }
      }

      @Override
      public void list(Iterable<?> list) throws IOException {
        if (!(list instanceof List<?> l)) {
          // A set would come back as a list, equal to nothing it was written from.
          throw refused(list);
        }
        out.writeByte(LIST);
        out.writeInt(l.size());
      }

      @Override
      public void map(Map<?, ?> map) throws IOException {
        if (map instanceof EnumMap<?, ?> && !map.isEmpty()) {
          out.writeByte(ENUM_MAP);
          type(((Enum<?>) map.keySet().iterator().next()).getDeclaringClass());
        } else {
          out.writeByte(map instanceof TreeMap<?, ?> ? TREE_MAP : MAP);
        }
        out.writeInt(map.size());
      }

      @Override
      public void record(Record r) throws IOException {
        out.writeByte(RECORD);
        type(r.getClass());
      }
    };

    private IllegalArgumentException refused(Object v) {
      return new IllegalArgumentException("The cache cannot carry a " + v.getClass().getName());
    }

    /** A class by its number in this stream, named the first time it appears. */
    private void type(Class<?> type) throws IOException {
      Integer known = classes.get(type);
      if (known != null) {
        out.writeShort(known);
        return;
      }
      out.writeShort(classes.size());
      out.writeByte(NEW_CLASS);
      string(type.getName());
      classes.put(type, classes.size());
    }

    private void string(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  public Writer writer() {
    return new Writer();
  }

  public Reader reader(byte[] bytes) {
    return new Reader(ByteBuffer.wrap(bytes));
  }

  /** Reads back what a {@link Writer} wrote, in the same order. */
  public final class Reader {
    private final ByteBuffer in;
    private final List<Class<?>> classes = new ArrayList<>();

    private Reader(ByteBuffer in) {
      this.in = in;
    }

    public boolean hasMore() {
      return in.hasRemaining();
    }

    @SuppressWarnings("unchecked")
    public <T> T value(Class<T> type) {
      Object v = read();
      if (v != null && !type.isInstance(v)) {
        throw new IllegalStateException("Expected a " + type.getName() + ", found " + v.getClass().getName());
      }
      return (T) v;
    }

    private Object read() {
      byte tag = in.get();
      return switch (tag) {
        case NULL -> null;
        case STRING -> string();
        case INT -> in.getInt();
        case LONG -> in.getLong();
        case DOUBLE -> in.getDouble();
        case BOOLEAN -> in.get() != 0;
        case DATE -> LocalDate.ofEpochDay(in.getLong());
        case DECIMAL -> new BigDecimal(string());
        case LIST -> list();
        case BYTES -> bytes();
        case MAP -> entries(new LinkedHashMap<>());
        case TREE_MAP -> entries(new TreeMap<>());
        case ENUM_MAP -> enumMap();
        case ENUM -> type().getEnumConstants()[in.getShort()];
        case RECORD -> record(type());
        default -> throw new IllegalStateException("Unknown tag " + tag + " at byte " + (in.position() - 1));
      };
    }

    private byte[] bytes() {
      byte[] b = new byte[in.getInt()];
      in.get(b);
      return b;
    }

    private List<Object> list() {
      int n = in.getInt();
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(read());
      }
      return out;
    }

    private Map<Object, Object> entries(Map<Object, Object> map) {
      int n = in.getInt();
      for (int i = 0; i < n; i++) {
        Object key = read();
        map.put(key, read());
      }
      return map;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<Object, Object> enumMap() {
      Class type = type();
      return entries(new EnumMap(type));
    }

    private Object record(Class<?> type) {
      Object[] args = new Object[walker.components(type)];
      for (int i = 0; i < args.length; i++) {
        args[i] = read();
      }
      return walker.rebuild(type, args);
    }

    private Class<?> type() {
      int index = in.getShort();
      if (index < classes.size()) {
        return classes.get(index);
      }
      if (in.get() != NEW_CLASS || index != classes.size()) {
        throw new IllegalStateException("Corrupt class table at byte " + in.position());
      }
      String name = string();
      // A cache file is data, not code: only the model's own classes may be named in it.
      if (!name.startsWith("vn.xaso.")) {
        throw new IllegalStateException("Class outside the model in cache: " + name);
      }
      try {
        Class<?> type = Class.forName(name, false, Codec.class.getClassLoader());
        classes.add(type);
        return type;
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }

    private String string() {
      int n = in.getInt();
      String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
      in.position(in.position() + n);
      return s;
    }
  }
}
