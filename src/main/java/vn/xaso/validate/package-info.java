/** Checks what the figures mean across fields and files: sums, bounds, periods, layout; contradictions inside a signed report become warnings. */
package vn.xaso.validate;
