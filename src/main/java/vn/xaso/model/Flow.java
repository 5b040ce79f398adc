package vn.xaso.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A part whose figures are flows: counts of what happened over the report's span (dossiers
 * received, resolved). Counts over a week and over a month are never compared; shares of a
 * flow are. In an "as of" report a flow runs from an unstated start to that date. See {@link Stock}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Flow {}
