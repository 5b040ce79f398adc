/** Writes a new, empty report file for staff, shaped like the commune's latest report and commented in Vietnamese. */
package vn.xaso.scaffold;
