/** Writes new files for staff: an empty report shaped like the commune's latest (or every field), and a commune profile. */
package vn.xaso.scaffold;
