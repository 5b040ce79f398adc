package vn.xaso.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.xaso.schema.Dictionary;
import vn.xaso.schema.Schema;
import vn.xaso.testing.Named;

/**
 * Field paths named by accessors: what they derive, what they refuse, and that no path is left
 * typed as a string in the validator. A misspelt accessor does not compile; these are the mistakes
 * that do compile, refused when the declaring class is initialised.
 */
class FieldPathTest {
  @Test
  void aPathIsTheSnakeNamesOfItsAccessors() {
    assertEquals("with_dossiers.full_online", FieldPath.of(Procedures::withDossiers).then(ProcedureUse::fullOnline).path());
    assertEquals("documents[].date", FieldPath.of(Report::documents).each(DocumentRef.class, DocumentRef::date).path());
    assertEquals(Procedures.class, FieldPath.of(Procedures::total).scope());
    assertEquals(Integer.class, FieldPath.of(Procedures::total).type());
  }

  @Test
  void aLambdaOrAMethodThatIsNoComponentIsRefused() {
    IllegalArgumentException lambda = assertThrows(IllegalArgumentException.class,
        () -> FieldPath.of((Dossiers d) -> d.received()));
    assertTrue(lambda.getMessage().startsWith("Not a record accessor"), lambda.getMessage());
    IllegalArgumentException method = assertThrows(IllegalArgumentException.class, () -> FieldPath.of(Period::key));
    assertEquals("Not a record accessor: Period::key", method.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FieldPath.of(Report::cites).each(Text.class, Text::vi), "cites is a list of documents, not of texts");
    assertThrows(IllegalArgumentException.class,
        () -> FieldPath.of(Report::commune).each(DocumentRef.class, DocumentRef::date), "commune is no list");
  }

  @Test
  void aRuleWhoseFieldsStartFromDifferentRecordsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Rule.Parts(
        List.of(FieldPath.of(Dossiers::received)), List.of(FieldPath.of(Procedures::total)), Rule.Closure.AT_MOST));
    assertTrue(e.getMessage().startsWith("Fields of one rule start from different records"), e.getMessage());
  }

  @Test
  void anAbsentRecordOnTheWayMakesTheValueUnknown() {
    Procedures p = Named.record(Procedures.class, "total", 10, "fullOnline", 6);
    FieldPath<Procedures, Integer> use = FieldPath.of(Procedures::withDossiers).then(ProcedureUse::fullOnline);
    assertNull(use.get(p));
    assertEquals(List.of(new FieldPath.Located<>("procedures.with_dossiers.full_online", null)), use.all(p, "procedures"));
    assertEquals(6, FieldPath.of(Procedures::fullOnline).get(p));
    assertThrows(IllegalArgumentException.class, () -> use.valueIn(Named.record(Dossiers.class)));
  }

  @Test
  void aPathThroughAListGivesEachElementWithItsIndex() {
    Report r = Named.record(Report.class, "commune", "x", "period", new Period(null, null, LocalDate.of(2025, 1, 1)),
        "documents", List.of(new DocumentRef(null, null, LocalDate.of(2025, 1, 2), null, null),
            new DocumentRef(null, null, null, null, null)));
    assertEquals(List.of(new FieldPath.Located<>("documents[0].date", LocalDate.of(2025, 1, 2)),
            new FieldPath.Located<>("documents[1].date", null)),
        FieldPath.of(Report::documents).each(DocumentRef.class, DocumentRef::date).all(r, ""));
  }

  @Test
  void aShortNameChangesTheWordsNotThePath() {
    FieldPath<Dossiers, Integer> plain = FieldPath.of(Dossiers::received);
    FieldPath<Dossiers, Integer> named = plain.named("Hồ sơ tiếp nhận", "Dossiers received");
    assertEquals(plain, named);
    assertEquals(plain.hashCode(), named.hashCode());
    assertEquals("Hồ sơ tiếp nhận trong kỳ", plain.label(Lang.VI));
    assertEquals("Dossiers received", named.label(Lang.EN));
    assertNotEquals(plain, FieldPath.of(Dossiers::resolved));
    assertEquals("Dossiers:received", plain.toString());
  }

  @Test
  void everyFieldARuleReadsIsAFieldOfTheDictionary() {
    Set<String> dictionary = new Dictionary(new Schema()).files().values().stream().flatMap(List::stream)
        .map(Dictionary.Entry::path).collect(Collectors.toSet());
    Set<String> withRules = new Dictionary(new Schema()).files().values().stream().flatMap(List::stream)
        .filter(e -> !e.rules().isEmpty()).map(Dictionary.Entry::path).collect(Collectors.toSet());
    for (Rule rule : Rules.ALL) {
      for (FieldPath<?, ?> f : rule.fields()) {
        assertTrue(dictionary.stream().anyMatch(p -> p.endsWith(f.path())), f + " is in the dictionary");
        assertTrue(withRules.stream().anyMatch(p -> p.endsWith(f.path())), f + " shows its rule in the dictionary");
      }
    }
  }

  @Test
  void theValidatorTypesNoFieldPathAsAString() throws IOException {
    // A quoted dotted snake_case name ("dossiers.resolved") is a path typed by hand: the bug #27 names.
    Pattern path = Pattern.compile("\"[a-z_]+(\\.[a-z_\\[\\]0-9]+)+\"");
    try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/xaso/validate"))) {
      for (Path f : files.toList()) {
        Matcher m = path.matcher(Files.readString(f));
        boolean found = m.find();
        assertFalse(found, () -> f + " types a field path as a string: " + m.group());
      }
    }
  }
}
