package vn.xaso.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documentation of one field, in both languages. The JSON Schema, the data dictionary and the
 * validator's structural rules are all read from these annotations, so they cannot disagree.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Doc {
  /** Meaning, in Vietnamese. */
  String vi();

  /** Meaning, in English. */
  String en();

  /** Unit of measure, e.g. "%", "máy / computers", "VND"; empty when none applies. */
  String unit() default "";

  /** An example value as it would be written in YAML. */
  String example() default "";

  /** Whether a file must give this field. */
  boolean required() default false;

  /**
   * A number that names rather than measures (a year, a code): printed as written, never grouped
   * into "2.025" or given a unit.
   */
  boolean identifier() default false;

  /** A regular expression a text value must match (whole value). */
  String pattern() default "";
}
