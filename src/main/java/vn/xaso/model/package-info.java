/** The report model: small immutable records, one per part of a commune's report, annotated with their own documentation so schema and dictionary derive from them. */
package vn.xaso.model;
