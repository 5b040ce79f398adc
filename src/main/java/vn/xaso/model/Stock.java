package vn.xaso.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A part whose figures are stocks: counts that hold at a date (procedures in force, computers,
 * staff). Each stands at the part's own {@code as_of} date when the report states one, else at
 * the period's last day. Read by {@code derive.When}, which dates every published figure, and
 * by {@code derive.Comparisons}, which compares stocks only at dates close enough. Declared on
 * the part's record, once, beside {@link Flow}; the {@link Doc} lines stay about meaning.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Stock {}
