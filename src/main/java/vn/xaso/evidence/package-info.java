/**
 * Evidence: where each figure of a report stands in the kept text of the signed report, what
 * the text says of what the report file leaves out, and the numbers of the text recorded nowhere.
 */
package vn.xaso.evidence;
