package vn.xaso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Wide records are built by name. A record with more than {@value #HANDFUL} components of one
 * type (the page models' Strings, the model's counts) is constructed positionally only inside its
 * own source file, by its builder or a named factory: anywhere else two swapped Strings would
 * compile and show the wrong text in the right place. {@link #POSITIONAL} lists the records still
 * built by position elsewhere (each at a single place); the list may only shrink.
 */
class RecordsByNameTest {
  static final int HANDFUL = 5;
  private static final Path CLASSES = Path.of("target/classes");
  private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  /** Wide records still constructed by position outside their own file, and where; to be given builders. */
  static final Set<String> POSITIONAL = new TreeSet<>(Set.of(
      "vn.xaso.site.PageModels$CommunePage in site/CommuneKind.java",
      "vn.xaso.site.PageModels$HomePage in site/HomeKind.java",
      "vn.xaso.site.PageModels$RankRow in site/RankingKind.java",
      "vn.xaso.site.PageModels$CataloguePage in site/CatalogueKind.java",
      // The importer's words tests, through Token's seven-argument constructor (five Strings).
      "vn.xaso.importer.Numbers$Token in importer/WordsTest.java"));

  @Test
  void wideRecordsAreBuiltPositionallyOnlyInTheirOwnFile() {
    Set<String> found = new TreeSet<>();
    Map<Path, String> sources = sourceFiles().stream()
        .collect(Collectors.toMap(f -> f, f -> COMMENT.matcher(read(f)).replaceAll("")));
    for (Class<?> wide : wideRecords()) {
      for (Map.Entry<Path, String> file : sources.entrySet()) {
        if (!file.getKey().equals(declaringFile(wide)) && constructs(file.getKey(), file.getValue(), wide)) {
          Path f = file.getKey();
          found.add(wide.getName() + " in " + f.getParent().getFileName() + "/" + f.getFileName());
        }
      }
    }
    assertEquals(POSITIONAL, found, "A wide record built by position outside its own file: give it a builder "
        + "(see PageModels.ReportPage.builder()); one given a builder leaves POSITIONAL");
  }

  @Test
  void theScanFindsTheWideRecords() {
    Set<String> names = wideRecords().stream().map(Class::getName).collect(Collectors.toSet());
    // A scan that found nothing would pass the test above by finding nothing to check.
    assertTrue(names.containsAll(List.of("vn.xaso.site.PageModels$ReportPage", "vn.xaso.site.Chart",
        "vn.xaso.model.Hardware", "vn.xaso.model.Dossiers", "vn.xaso.site.SiteContext$Frame")), names.toString());
    assertTrue(!names.contains("vn.xaso.site.PageModels$ReportLink"), "five Strings are a handful");
  }

  /** Records of the main code with more than a handful of components of one (generic) type. */
  static List<Class<?>> wideRecords() {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files.filter(p -> p.toString().endsWith(".class") && mentionsRecord(p)).map(RecordsByNameTest::load)
          .filter(c -> c != null && c.isRecord() && widest(c) > HANDFUL).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int widest(Class<?> record) {
    Map<String, Long> byType = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getGenericType)
        .collect(Collectors.groupingBy(t -> t.getTypeName(), Collectors.counting()));
    return byType.values().stream().mapToInt(Long::intValue).max().orElse(0);
  }

  /** Loading only the class files that name {@code java/lang/Record} keeps the scan quick. */
  private static boolean mentionsRecord(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("java/lang/Record");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(Path classFile) {
    String name = CLASSES.relativize(classFile).toString().replace(".class", "").replace('/', '.');
    try {
      return Class.forName(name, false, RecordsByNameTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static Path declaringFile(Class<?> record) {
    Class<?> top = record;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return SOURCES.get(0).resolve(top.getName().replace('.', '/') + ".java");
  }

  /**
   * Whether {@code file} calls the record's canonical constructor: {@code new Name(} or
   * {@code new Outer.Name(}, in a file that can see the name (same package, or an import of the
   * record or its top class); {@code text} is the file without its comments.
   */
  static boolean constructs(Path file, String text, Class<?> record) {
    if (!text.contains(record.getSimpleName() + "(")) {
      return false;
    }
    String pkg = record.getPackageName();
    Path top = declaringFile(record);
    String topName = top.getFileName().toString().replace(".java", "");
    boolean visible = file.getParent().endsWith(pkg.replace('.', '/'))
        || text.contains("import " + pkg + "." + topName + ";") || text.contains("import " + pkg + "." + topName + ".")
        || text.contains("import " + pkg + ".*;");
    String simple = record.getSimpleName();
    String qualified = record.getName().substring(pkg.length() + 1).replace('$', '.');
    return visible && Pattern.compile("\\bnew\\s+(" + Pattern.quote(qualified) + "|" + Pattern.quote(simple) + ")\\s*\\(")
        .matcher(text).find();
  }

  private static List<Path> sourceFiles() {
    return SOURCES.stream().flatMap(RecordsByNameTest::javaFiles).toList();
  }

  private static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
